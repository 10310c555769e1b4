/**
 * The relationship callbacks (../shared/im-api/14-webhooks.md `Sns.*`): friends added and removed
 * (one pair per directed entry, one callback per call) and the before-request / before-response
 * checks of simulated clients, whose answers refuse targets one by one.
 */
import type { HandlerContext } from '../handler';
import type { RelationshipsSlice } from '../state/relationships';
import type { CallbackPort } from './dispatcher';
import { itemRefusals } from './decisions';
import type { ItemRefusal } from './decisions';
import { REST_PLATFORM } from './commands';

/** One directed friend entry created or removed. */
export interface FriendPair {
  From_Account: string;
  To_Account: string;
}

/** The directed entries between `a` and `b` that exist now (to diff before and after a change). */
export function pairsBetween(rel: RelationshipsSlice, a: string, b: string): FriendPair[] {
  return [
    ...(rel.isFriend(a, b) ? [{ From_Account: a, To_Account: b }] : []),
    ...(rel.isFriend(b, a) ? [{ From_Account: b, To_Account: a }] : []),
  ];
}

/** The pairs in `before` that are gone from `after` (or the reverse, for added pairs). */
export function pairDiff(before: readonly FriendPair[], after: readonly FriendPair[]): FriendPair[] {
  const key = (p: FriendPair) => `${p.From_Account}\u0000${p.To_Account}`;
  const keep = new Set(after.map(key));
  return before.filter((p) => !keep.has(key(p)));
}

/**
 * Queues `Sns.CallbackFriendAdd` for the pairs one call created. `Initiator_Account` is who started
 * the request; `Admin_Account` is the calling admin for REST calls, empty for simulated clients.
 */
export function afterFriendsAdded(
  ctx: Pick<HandlerContext, 'callbacks' | 'caller'>,
  pairs: readonly (FriendPair & { Initiator_Account: string })[],
  clientCmd: 'friend_add' | 'friend_response',
  force: boolean,
): void {
  if (pairs.length === 0) return;
  ctx.callbacks.after('Sns.CallbackFriendAdd', {
    PairList: pairs.map((p) => ({ ...p })),
    ClientCmd: clientCmd,
    Admin_Account: ctx.callbacks.origin.platform === REST_PLATFORM ? ctx.caller : '',
    ForceFlag: force ? 1 : 0,
  });
}

/** Queues `Sns.CallbackFriendDelete` for the pairs one call removed (delete, delete-all, blocklisting a friend). */
export function afterFriendsDeleted(
  ctx: Pick<HandlerContext, 'callbacks'>,
  pairs: readonly FriendPair[],
): void {
  if (pairs.length === 0) return;
  ctx.callbacks.after('Sns.CallbackFriendDelete', { PairList: pairs.map((p) => ({ ...p })) });
}

/**
 * Runs a `Sns.CallbackPrev*` check for a simulated client and returns the refused targets (none
 * when the callback is off). `fields` is the command's body without `CallbackCommand`.
 */
export async function prevFriendCheck(
  cb: CallbackPort,
  command: 'Sns.CallbackPrevFriendAdd' | 'Sns.CallbackPrevFriendResponse',
  fields: Record<string, unknown>,
  targets: readonly string[],
): Promise<Map<string, ItemRefusal>> {
  if (!cb.on(command)) return new Map();
  return itemRefusals(await cb.before(command, fields), cb.failurePolicy, targets);
}

/** Directed entries a change created and removed, collected over one call. */
export interface PairSink {
  added: FriendPair[];
  removed: FriendPair[];
}

/** An empty `PairSink`. */
export function pairSink(): PairSink {
  return { added: [], removed: [] };
}

/** Runs `change` and records in `sink` the entries between `owner` and each of `peers` it created or removed. */
export function diffPairs<T>(
  rel: RelationshipsSlice,
  owner: string,
  peers: readonly string[],
  sink: PairSink,
  change: () => T,
): T {
  const before = peers.flatMap((p) => pairsBetween(rel, owner, p));
  const result = change();
  const after = peers.flatMap((p) => pairsBetween(rel, owner, p));
  sink.added.push(...pairDiff(after, before));
  sink.removed.push(...pairDiff(before, after));
  return result;
}
