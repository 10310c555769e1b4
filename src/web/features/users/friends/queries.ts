/**
 * Friends, blocklist and friend-list queries of User 360: key factories and fetchers together
 * (house-style.md "Data fetching"). `friend_get` and `black_list_get` are cursor APIs, so they page with
 * `infiniteQueryOptions`; nicknames come from `portrait_get` in batches of its documented cap (100).
 * Source: ../shared/im-api/07-relationships.md.
 */
import {
  experimental_streamedQuery as streamedQuery,
  infiniteQueryOptions,
  queryOptions,
} from '@tanstack/react-query';
import { batchMax } from '../../../../api/endpoint';
import { endpoint as portraitGet } from '../../../../api/endpoints/profile/portrait_get';
import { endpoint as blackListGet } from '../../../../api/endpoints/sns/black_list_get';
import { endpoint as friendGet } from '../../../../api/endpoints/sns/friend_get';
import { endpoint as groupGet } from '../../../../api/endpoints/sns/group_get';
import { addSourceKeyword, type TagValue } from '../../../../api/friend';
import { callIm } from '../../../lib/api-client';
import { userQueries } from '../queries';

/** One friend of the owner, as the Friends tab shows it. */
export interface FriendRow {
  userId: string;
  remark: string;
  lists: string[];
  /** The raw `AddSource_Type_…` value. */
  addSource: string;
  /** The keyword after `AddSource_Type_` (or the raw value when malformed). */
  addSourceKeyword: string;
  addWording: string;
  /** Unix seconds, 0 when unknown. */
  addTime: number;
}

/** One `friend_get` page, reduced to rows and the cursor. */
export interface FriendPage {
  startIndex: number;
  rows: FriendRow[];
  total: number;
  standardSequence: number;
  complete: boolean;
  next: number;
}

/** Turns a friend's `{Tag, Value}` list into a row. */
export function friendRow(userId: string, items: readonly TagValue[] = []): FriendRow {
  const row: FriendRow = {
    userId,
    remark: '',
    lists: [],
    addSource: '',
    addSourceKeyword: '',
    addWording: '',
    addTime: 0,
  };
  for (const { Tag, Value } of items) {
    if (Tag === 'Tag_SNS_IM_Remark' && typeof Value === 'string') row.remark = Value;
    else if (Tag === 'Tag_SNS_IM_Group' && Array.isArray(Value)) row.lists = Value;
    else if (Tag === 'Tag_SNS_IM_AddSource' && typeof Value === 'string') {
      row.addSource = Value;
      row.addSourceKeyword = addSourceKeyword(Value) ?? Value;
    } else if (Tag === 'Tag_SNS_IM_AddWording' && typeof Value === 'string') row.addWording = Value;
    else if (Tag === 'Tag_SNS_IM_AddTime' && typeof Value === 'number') row.addTime = Value;
  }
  return row;
}

/**
 * One page of `friend_get`. `StandardSequence` is sent as 0 ("no cache") so every page carries the
 * standard fields; the answered sequence is kept to notice a list that changed while paging.
 */
export async function fetchFriendPage(
  owner: string,
  startIndex: number,
  signal?: AbortSignal,
): Promise<FriendPage> {
  const res = await callIm(
    friendGet,
    { From_Account: owner, StartIndex: startIndex, StandardSequence: 0 },
    { signal },
  );
  return {
    startIndex,
    rows: (res.UserDataItem ?? []).map((i) => friendRow(i.To_Account, i.ValueItem)),
    total: res.FriendNum,
    standardSequence: res.StandardSequence,
    complete: res.CompleteFlag !== 0,
    next: res.NextStartIndex,
  };
}

/** Pages of `friend_get` requested at once once the page size is known (a browser's per-host limit). */
export const FRIEND_PAGES_IN_FLIGHT = 6;

/**
 * Every page of a user's friends, in order. The first page gives the page size and the total; since
 * `StartIndex` is a plain offset (07 friend_get: a page is `[StartIndex, StartIndex + page)`), the rest
 * are then requested several at a time. Each page is checked against the cursor it should have had
 * (`NextStartIndex`, `CompleteFlag`); if the server paged differently, loading goes on one page at a
 * time from the last cursor it gave, so nothing is skipped or read twice.
 */
export async function* streamFriendPages(
  owner: string,
  signal?: AbortSignal,
  fetchPage: typeof fetchFriendPage = fetchFriendPage,
): AsyncGenerator<FriendPage> {
  let page = await fetchPage(owner, 0, signal);
  yield page;
  const size = page.rows.length;
  if (!page.complete && size > 0) {
    const offsets: number[] = [];
    for (let at = page.next; at < page.total; at += size) offsets.push(at);
    const inFlight = new Map<number, Promise<FriendPage>>();
    const launch = (i: number) => {
      const at = offsets[i];
      if (at !== undefined && !inFlight.has(i)) inFlight.set(i, fetchPage(owner, at, signal));
    };
    for (let i = 0; i < offsets.length; i++) {
      for (let k = i; k < i + FRIEND_PAGES_IN_FLIGHT; k++) launch(k);
      const next = await inFlight.get(i)!;
      inFlight.delete(i);
      if (next.startIndex !== page.next) break;
      page = next;
      yield page;
      if (page.complete) break;
    }
    // Pages requested ahead but no longer wanted are left to finish; their answers are ignored.
    for (const p of inFlight.values()) p.catch(() => undefined);
  }
  while (!page.complete) {
    page = await fetchPage(owner, page.next, signal);
    yield page;
  }
}

/** All friends loaded so far: the rows in `friend_get` order, the total, and whether the list moved meanwhile. */
export interface FriendList {
  rows: FriendRow[];
  total: number;
  complete: boolean;
  /** The first page's `StandardSequence`. */
  sequence: number;
  /** True when a later page answered a different `StandardSequence`: the list changed while loading. */
  changed: boolean;
}

/** Adds one page to the list loaded so far; the first page (offset 0) starts over, e.g. on a retry. */
export function addFriendPage(list: FriendList | null, page: FriendPage): FriendList {
  if (!list || page.startIndex === 0) {
    return {
      rows: page.rows,
      total: page.total,
      complete: page.complete,
      sequence: page.standardSequence,
      changed: false,
    };
  }
  return {
    rows: list.rows.concat(page.rows),
    total: page.total,
    complete: page.complete,
    sequence: list.sequence,
    changed: list.changed || page.standardSequence !== list.sequence,
  };
}

/** Nicknames of up to 100 accounts (`portrait_get`'s cap); accounts without one are left out. */
export async function fetchNicknames(ids: readonly string[], signal?: AbortSignal) {
  const res = await callIm(
    portraitGet,
    { To_Account: [...ids], TagList: ['Tag_Profile_IM_Nick'] },
    { signal },
  );
  const out: Record<string, string> = {};
  for (const item of res.UserProfileItem ?? []) {
    const nick = item.ProfileItem?.find((p) => p.Tag === 'Tag_Profile_IM_Nick')?.Value;
    if (typeof nick === 'string' && nick) out[item.To_Account] = nick;
  }
  return out;
}

/** Most accounts per nickname call: `portrait_get`'s documented cap. */
export const NICK_BATCH = batchMax(portraitGet, 'To_Account');

/** Blocklist page size: the documented maximum of `MaxLimited`. */
export const BLOCKLIST_PAGE = 1000;

/** Key factories and query options of the relationship tabs. */
export const friendQueries = {
  all: (owner: string) => [...userQueries.detail(owner), 'sns'] as const,
  /** Every friend, streamed page by page; a refetch keeps the old list until the new one is complete. */
  friends: (owner: string) =>
    queryOptions({
      queryKey: [...friendQueries.all(owner), 'friends'] as const,
      queryFn: streamedQuery({
        streamFn: ({ signal }) => streamFriendPages(owner, signal),
        reducer: addFriendPage,
        initialValue: null as FriendList | null,
        refetchMode: 'replace',
      }),
    }),
  nicknames: (ids: readonly string[]) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'nicknames', ids] as const,
      queryFn: ({ signal }) => fetchNicknames(ids, signal),
      staleTime: 60_000,
    }),
  blocklist: (owner: string) =>
    infiniteQueryOptions({
      queryKey: [...friendQueries.all(owner), 'blocklist'] as const,
      queryFn: ({ pageParam, signal }) =>
        callIm(
          blackListGet,
          { From_Account: owner, StartIndex: pageParam, MaxLimited: BLOCKLIST_PAGE, LastSequence: 0 },
          { signal },
        ),
      initialPageParam: 0,
      getNextPageParam: (last) => (last.StartIndex > 0 ? last.StartIndex : undefined),
    }),
  lists: (owner: string) =>
    queryOptions({
      queryKey: [...friendQueries.all(owner), 'lists'] as const,
      queryFn: ({ signal }) =>
        callIm(groupGet, { From_Account: owner, NeedFriend: 'Need_Friend_Type_Yes' }, { signal }),
    }),
};
