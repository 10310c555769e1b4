/**
 * Pieces shared by the `sns/*` handlers: the owner check, batch replies with `Fail_Account`, the
 * registered-custom-tag check and friend entries as `{Tag, Value}` pairs.
 * Source: ../shared/im-api/07-relationships.md §0 (batch semantics), §1 (fields).
 */
import type { TagValue } from '../../../api/friend';
import type { HandlerContext } from '../../handler';
import { ImFailure } from '../../im-failure';
import type { FriendEntry } from '../../state/relationships-model';
import type { RelationshipsSlice } from '../../state/relationships';

/** Text for an account that was never imported (emulator choice; the live text is unconfirmed). */
export const SNS_ACCOUNT_NOT_EXIST_INFO = 'Err_SNS_Account_Not_Exist';

/** One per-account result of a batch call (a type alias, so it fits the contract's loose item schema). */
export type SnsResult = {
  To_Account: string;
  ResultCode: number;
  ResultInfo: string;
};

/** A successful per-account result. */
export function ok(To_Account: string): SnsResult {
  return { To_Account, ResultCode: 0, ResultInfo: '' };
}

/** A failed per-account result. */
export function fail(To_Account: string, ResultCode: number, ResultInfo: string): SnsResult {
  return { To_Account, ResultCode, ResultInfo };
}

/** `ResultItem` plus `Fail_Account`, which is present only when some item failed (07 §0). */
export function batchReply(items: SnsResult[]): { ResultItem: SnsResult[]; Fail_Account?: string[] } {
  const failed = items.filter((i) => i.ResultCode !== 0).map((i) => i.To_Account);
  return { ResultItem: items, ...(failed.length ? { Fail_Account: failed } : {}) };
}

/** The relationships slice, after checking that `From_Account` is imported (else whole-request 30003). */
export function ownerSlice(ctx: HandlerContext, owner: string): RelationshipsSlice {
  if (!ctx.store.isImported(owner)) {
    throw new ImFailure(30003, `From_Account ${owner} does not exist: import the account first`);
  }
  return ctx.store.relationships;
}

/**
 * Runs `change` and records in the daily statistics how many of the pairs (`owner`, peer) it linked
 * (`ChainIncrease`) or unlinked (`ChainDecrease`) — figures the stored state cannot give later
 * (13-operations.md `getappinfo` Emulator rules). A pair is linked while either lists the other.
 */
export function trackFriendPairs<T>(
  ctx: HandlerContext,
  owner: string,
  peers: Iterable<string>,
  change: () => T,
): T {
  const rel = ctx.store.relationships;
  const list = [...new Set(peers)].filter((p) => p !== owner);
  const before = list.map((p) => rel.linked(owner, p));
  const result = change();
  let added = 0;
  let removed = 0;
  list.forEach((p, i) => {
    const now = rel.linked(owner, p);
    if (now && !before[i]) added++;
    if (!now && before[i]) removed++;
  });
  if (added) ctx.store.stats.record('ChainIncrease', ctx.nowSeconds, added);
  if (removed) ctx.store.stats.record('ChainDecrease', ctx.nowSeconds, removed);
  return result;
}

/** Fails the whole call with 30001 (07 §0's captured text) when a custom friend field is not registered. */
export function requireRegisteredTags(slice: RelationshipsSlice, tags: Iterable<string>): void {
  for (const tag of tags) {
    if (!slice.isCustomTagRegistered(tag)) {
      throw new ImFailure(
        30001,
        `Invalid field: ${tag}. You may not configure custom fields in the console or use the wrong fields`,
      );
    }
  }
}

/** The value of one friend field of an entry, or undefined when unset or empty (07 friend_get). */
export function friendTagValue(entry: FriendEntry, tag: string): TagValue['Value'] | undefined {
  switch (tag) {
    case 'Tag_SNS_IM_AddSource':
      return entry.addSource;
    case 'Tag_SNS_IM_AddWording':
      return entry.addWording || undefined;
    case 'Tag_SNS_IM_Remark':
      return entry.remark || undefined;
    case 'Tag_SNS_IM_Group':
      return entry.groups.length ? [...entry.groups] : undefined;
    case 'Tag_SNS_IM_AddTime':
      return entry.addTime;
    default: {
      const v = entry.custom.get(tag);
      return v === '' ? undefined : v;
    }
  }
}

/** Standard fields in the order the docs' `friend_get` example lists them. */
const standardOrder = [
  'Tag_SNS_IM_AddSource',
  'Tag_SNS_IM_AddWording',
  'Tag_SNS_IM_Remark',
  'Tag_SNS_IM_Group',
  'Tag_SNS_IM_AddTime',
];

/** An entry's fields with values: the standard ones, then custom ones by tag name, either part optional. */
export function friendValueItems(
  entry: FriendEntry,
  parts: { standard: boolean; custom: boolean },
): TagValue[] {
  const tags = [
    ...(parts.standard ? standardOrder : []),
    ...(parts.custom ? [...entry.custom.keys()].sort() : []),
  ];
  return tags.flatMap((Tag) => {
    const Value = friendTagValue(entry, Tag);
    return Value === undefined ? [] : [{ Tag, Value }];
  });
}
