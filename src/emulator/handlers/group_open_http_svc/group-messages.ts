/**
 * The group message model shared by send, import, recall and history: who may speak, how a message
 * takes its seq and updates the group, and the roaming window.
 * Source: ../shared/im-api/11-groups-messages.md §0 "Emulator model shared by all endpoints".
 */
import type { HandlerContext } from '../../handler';
import { ImFailure } from '../../im-failure';
import type { GroupMessage, GroupRecord, TopicRecord } from '../../state/groups-model';
import { deliveries } from '../../state/stats-day';

/** How long an AVChatRoom message stays recallable (and kept in the emulator's short buffer). */
export const AV_RECALL_SECONDS = 3600;

/**
 * Refuses a sender that may not speak now with 10017: muted in the group or topic, globally
 * group-muted (12-global-mute.md; unless the `restGroupMute` switch is off), or an ordinary member (or non-member) while mute-all is on. The
 * owner, admins and App admins are exempt from mute-all.
 */
export function assertMaySpeak(ctx: HandlerContext, g: GroupRecord, from: string, topic?: TopicRecord): void {
  const now = ctx.nowSeconds;
  if (
    ctx.store.groups.muteUntil(g, from, now) ||
    (topic && ctx.store.groups.muteUntil(g, from, now, topic))
  ) {
    throw new ImFailure(10017, `${from} is muted in this group`);
  }
  if (ctx.config.restGroupMute && ctx.store.globalMute.isGroupMuted(from, now))
    throw new ImFailure(10017, `${from} is muted in all groups`);
  const role = g.members.get(from)?.role;
  const privileged = role === 'Owner' || role === 'Admin' || ctx.store.isAdmin(from);
  if (!privileged && (g.muteAll || topic?.muteAll)) throw new ImFailure(10017, 'all members are muted');
}

/**
 * Stores a message with the next seq of the group (or topic) and updates what it touches: last
 * message time, the sender's `LastSendMsgTime` and read seq, unread counts of the other members
 * (when `countsUnread`), Work-group activation, and the AVChatRoom one-hour buffer (what it drops
 * stays in the daily statistics). The members now, minus the sender, are its statistics deliveries.
 */
export function appendGroupMessage(
  ctx: HandlerContext,
  g: GroupRecord,
  topic: TopicRecord | undefined,
  fields: Omit<GroupMessage, 'seq'>,
  countsUnread: boolean,
): GroupMessage {
  const owner = topic ?? g;
  const msg: GroupMessage = {
    seq: owner.nextMsgSeq++,
    ...fields,
    delivered: deliveries(g.members, fields.from),
  };
  if (topic) topic.messages.push(msg);
  else g.messages.push(msg);
  owner.lastMsgTime = Math.max(owner.lastMsgTime, msg.time);
  g.activated = true;
  const sender = g.members.get(msg.from);
  if (sender && !topic) {
    sender.lastSendMsgTime = Math.max(sender.lastSendMsgTime, msg.time);
    sender.msgSeq = msg.seq;
  }
  if (countsUnread && !topic) {
    for (const m of g.members.values()) if (m.account !== msg.from) m.unread++;
  }
  if (g.type === 'AVChatRoom') {
    const expired = (m: GroupMessage) => ctx.nowSeconds - m.time >= AV_RECALL_SECONDS;
    ctx.store.stats.keepGroupMessages(g, g.messages.filter(expired), ctx.nowSeconds);
    g.messages = g.messages.filter((m) => !expired(m));
  }
  return msg;
}

/** The oldest time still inside the roaming window (`config.roamingDays`). */
export function roamingStart(ctx: HandlerContext): number {
  return ctx.nowSeconds - ctx.config.roamingDays * 86_400;
}
