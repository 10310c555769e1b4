/**
 * The group and topic callbacks (../shared/im-api/14-webhooks.md `Group.*`): the before-create gates
 * for groups and topics (refusal → 10016 or a code in [10100, 10200]) and the after-create,
 * new-member, topic-destroyed and topic-changed notifications.
 */
import type { HandlerContext } from '../handler';
import { ImFailure } from '../im-failure';
import { CREATE_RULE, gate } from './decisions';

/** A `{Member_Account}` list as the callbacks spell it. */
function memberList(ids: Iterable<string>): { Member_Account: string }[] {
  return [...ids].map((Member_Account) => ({ Member_Account }));
}

async function gateCreate(
  ctx: HandlerContext,
  command: 'Group.CallbackBeforeCreateGroup' | 'Group.CallbackBeforeCreateTopic',
  fields: Record<string, unknown>,
): Promise<void> {
  const cb = ctx.callbacks;
  if (!cb.on(command)) return;
  const verdict = gate(await cb.before(command, fields), cb.failurePolicy, CREATE_RULE);
  if (verdict.kind === 'refuse') throw new ImFailure(verdict.code, verdict.info);
}

/** What the group callbacks report about a new group. */
export interface NewGroupFacts {
  groupId: string;
  type: string;
  name: string;
  owner: string;
  /** Initial members as requested (`MemberList`). */
  members: readonly string[];
  data: readonly { Key: string; Value: string }[];
}

/**
 * `Group.CallbackBeforeCreateGroup`, awaited before the group is stored. `CreatedGroupNum` (the seed
 * example's spelling) counts the live groups the intended owner holds (emulator choice).
 */
export async function gateGroupCreate(
  ctx: HandlerContext,
  g: Omit<NewGroupFacts, 'groupId' | 'data'>,
): Promise<void> {
  if (!ctx.callbacks.on('Group.CallbackBeforeCreateGroup')) return;
  const owned = ctx.store.groups.list().filter((x) => g.owner !== '' && x.owner === g.owner).length;
  await gateCreate(ctx, 'Group.CallbackBeforeCreateGroup', {
    Operator_Account: ctx.caller,
    Owner_Account: g.owner,
    Type: g.type,
    Name: g.name,
    CreatedGroupNum: owned,
    MemberList: memberList(g.members),
  });
}

/** Queues `Group.CallbackAfterCreateGroup` once the group and its members are stored. */
export function afterGroupCreate(ctx: HandlerContext, g: NewGroupFacts): void {
  ctx.callbacks.after('Group.CallbackAfterCreateGroup', {
    GroupId: g.groupId,
    Operator_Account: ctx.caller,
    Owner_Account: g.owner,
    Type: g.type,
    Name: g.name,
    MemberList: memberList(g.members),
    UserDefinedDataList: g.data.map(({ Key, Value }) => ({ Key, Value })),
  });
}

/** Queues `Group.CallbackAfterNewMemberJoin` for the members an admin call actually added (`JoinType` `Invited`). */
export function afterMembersJoin(
  ctx: HandlerContext,
  groupId: string,
  type: string,
  added: readonly string[],
): void {
  if (added.length === 0) return;
  ctx.callbacks.after('Group.CallbackAfterNewMemberJoin', {
    GroupId: groupId,
    Type: type,
    JoinType: 'Invited',
    Operator_Account: ctx.caller,
    NewMemberList: memberList(added),
  });
}

/** `Group.CallbackBeforeCreateTopic`, awaited before the topic is stored (the body names no group). */
export async function gateTopicCreate(ctx: HandlerContext, operator: string, name: string): Promise<void> {
  await gateCreate(ctx, 'Group.CallbackBeforeCreateTopic', {
    Operator_Account: operator,
    Type: 'Community',
    Name: name,
  });
}

/** Queues `Group.CallbackAfterCreateTopic` once the topic is stored. */
export function afterTopicCreate(
  ctx: HandlerContext,
  t: {
    groupId: string;
    topicId: string;
    operator: string;
    owner: string;
    name: string;
    data: readonly { Key: string; Value: string }[];
  },
): void {
  ctx.callbacks.after('Group.CallbackAfterCreateTopic', {
    GroupId: t.groupId,
    TopicId: t.topicId,
    Operator_Account: t.operator,
    Owner_Account: t.owner,
    Type: 'Community',
    Name: t.name,
    UserDefinedDataList: t.data.map(({ Key, Value }) => ({ Key, Value })),
  });
}

/** Queues one `Group.CallbackAfterTopicDestroyed` listing every topic a call deleted. */
export function afterTopicsDestroyed(
  ctx: HandlerContext,
  groupId: string,
  topicIds: readonly string[],
): void {
  if (topicIds.length === 0) return;
  ctx.callbacks.after('Group.CallbackAfterTopicDestroyed', {
    GroupId: groupId,
    Type: 'Community',
    TopicIdList: [...topicIds],
  });
}

/** The topic fields whose change fires `Group.CallbackAfterTopicInfoChanged` (14-webhooks.md). */
export interface TopicInfoChange {
  Name?: string | undefined;
  Introduction?: string | undefined;
  Notification?: string | undefined;
  FaceUrl?: string | undefined;
}

/** Queues `Group.CallbackAfterTopicInfoChanged` with only the fields given in the call; nothing when none was. */
export function afterTopicInfoChanged(
  ctx: HandlerContext,
  groupId: string,
  operator: string,
  change: TopicInfoChange,
): void {
  const fields = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
  if (Object.keys(fields).length === 0) return;
  ctx.callbacks.after('Group.CallbackAfterTopicInfoChanged', {
    GroupId: groupId,
    Type: 'Community',
    Operator_Account: operator,
    ...fields,
  });
}
