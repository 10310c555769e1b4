/**
 * Group entries of the demo conversation lists, derived from the seeded groups: what `send_group_msg`
 * would have left had the seeded messages been sent live (08-conversations.md §1: a group message
 * creates or refreshes the conversation of each member who receives it). A pure function of the
 * groups' saved form, returned in the conversations slice's saved order (same inputs, same bytes).
 */
import { compareRuns } from '../state/conversations';
import type { GroupConversationRun } from '../state/conversations';
import type { GroupSaved } from '../state/groups-model';

/**
 * One run per group with messages: every member who joined by the time of the group's latest
 * message, with that message's time and seq (recalled or not: a recall does not move the
 * conversation back). Topic messages are not group conversations, and AVChatRoom keeps no
 * conversation lists (no member list, no history).
 */
export function groupConversationRuns(groups: readonly GroupSaved[]): GroupConversationRun[] {
  const runs: GroupConversationRun[] = [];
  for (const g of groups) {
    const last = g.messages[g.messages.length - 1];
    if (!last || g.type === 'AVChatRoom') continue;
    const owners = g.members
      .filter((m) => m.joinTime <= last.time)
      .map((m) => m.account)
      .sort();
    if (owners.length) runs.push([g.groupId, last.time, last.seq, owners]);
  }
  return runs.sort(compareRuns);
}
