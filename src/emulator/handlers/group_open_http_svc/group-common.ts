/**
 * Rules shared by the group and topic handlers: finding a live group (10010), a topic of a
 * topic-enabled Community, custom-data upserts, and the schema-issue codes of the group service.
 * Sources: ../shared/im-api/10-groups-core.md §2, 11-groups-messages.md §0, 09-topics.md §3.
 */
import { GROUP_LIMITS } from '../../../api/group';
import type { HandlerContext } from '../../handler';
import { ImFailure } from '../../im-failure';
import type { SchemaIssue } from '../../services';
import type { GroupRecord, TopicRecord } from '../../state/groups-model';

/** The text the emulator gives for 10010. */
export const GROUP_NOT_FOUND_INFO = 'this group does not exist';

/** Member caps when `MaxMemberCount` is not given (emulator choice: a Pro-like edition; 10-groups-core.md §2.2). */
export const DEFAULT_MAX_MEMBERS = {
  Private: 2000,
  Public: 2000,
  ChatRoom: 2000,
  AVChatRoom: 0,
  Community: 100_000,
};

/** The live group, or 10010 (unknown or disbanded; 10-groups-core.md §2.4). */
export function requireGroup(ctx: HandlerContext, groupId: string): GroupRecord {
  const g = ctx.store.groups.group(groupId);
  if (!g) throw new ImFailure(10010, `${GROUP_NOT_FOUND_INFO}: ${groupId}`);
  return g;
}

/** Whether the group is a Community created with topic support (09-topics.md §0). */
export function supportsTopics(g: GroupRecord): boolean {
  return g.type === 'Community' && g.supportTopic === 1;
}

/**
 * The topic a request names, or undefined when it names none. Not a topic-enabled Community → 11000;
 * a topic that is not in this group → 10010 (emulator choices; 09-topics.md §3).
 */
export function optionalTopic(g: GroupRecord, topicId: string | undefined): TopicRecord | undefined {
  if (topicId === undefined) return undefined;
  if (!supportsTopics(g)) throw new ImFailure(11000, 'the group is not a Community with topics enabled');
  const t = g.topics.get(topicId);
  if (!t) throw new ImFailure(10010, `topic ${topicId} does not exist in this group`);
  return t;
}

/**
 * Upserts custom-data items into `pairs` (`Value: ""` deletes the key; 10-groups-core.md §2.7).
 * More distinct keys than `maxKeys` → 10004. Keys are not checked against a console allow-list
 * (emulator choice: every well-formed key counts as configured).
 */
export function upsertPairs(
  pairs: [string, string][],
  items: readonly { Key: string; Value: string }[],
  maxKeys: number = GROUP_LIMITS.appDefinedDataKeys,
): [string, string][] {
  const map = new Map(pairs);
  for (const { Key, Value } of items) {
    if (Value === '') map.delete(Key);
    else map.set(Key, Value);
  }
  if (map.size > maxKeys) throw new ImFailure(10004, `at most ${maxKeys} custom data keys are allowed`);
  return [...map];
}

/** Schema issues of a `GroupId` naming an existing group are "invalid group ID" (10015). */
export function groupIdParamCode(issue: SchemaIssue): number | undefined {
  return issue.path[0] === 'GroupId' ? 10015 : undefined;
}

/** Like `groupIdParamCode`, plus 10005 ("too many accounts") when `field` holds too many items. */
export function tooManyParamCode(field: string) {
  return (issue: SchemaIssue): number | undefined => {
    if (issue.path[0] === field && issue.path.length === 1 && issue.code === 'too_big') return 10005;
    return groupIdParamCode(issue);
  };
}

/** Whether an issue is the `MsgBody` JSON-size rule (04-message-elements.md §14). */
export function isBodySizeIssue(issue: SchemaIssue): boolean {
  return issue.path.includes('MsgBody') && issue.code === 'custom' && /bytes of JSON/.test(issue.message);
}
