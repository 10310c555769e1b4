/**
 * Users queries: key factories and fetchers together (house-style.md "Data fetching"). Batches follow the
 * contract's documented caps: 100 per account_check and portrait_get, 500 per query_online_status.
 */
import { queryOptions } from '@tanstack/react-query';
import { batchMax } from '../../../api/endpoint';
import { endpoint as accountCheck } from '../../../api/endpoints/im_open_login_svc/account_check';
import { endpoint as queryOnlineStatus } from '../../../api/endpoints/openim/query_online_status';
import { endpoint as portraitGet } from '../../../api/endpoints/profile/portrait_get';
import { standardProfileTags } from '../../../api/profile';
import { callIm } from '../../lib/api-client';
import { chunk } from '../../lib/batches';

/** Overall presence as query_online_status reports it. */
export type Presence = 'Online' | 'PushOnline' | 'Offline';

/** One platform's login state. */
export interface PlatformState {
  platform: string;
  status: string;
}

/** One looked-up account. */
export interface UserRow {
  userId: string;
  /** true/false from account_check; null when the check itself failed for this id. */
  imported: boolean | null;
  /** Per-item result code of the check when it failed. */
  checkCode?: number;
  nick?: string;
  faceUrl?: string;
  presence?: Presence;
  platforms: PlatformState[];
}

const NICK = 'Tag_Profile_IM_Nick';
const IMAGE = 'Tag_Profile_IM_Image';

/** Checks, profiles and presence of many users, in documented batch sizes. */
export async function lookupUsers(ids: readonly string[], signal?: AbortSignal): Promise<UserRow[]> {
  const rows = new Map<string, UserRow>(ids.map((id) => [id, { userId: id, imported: null, platforms: [] }]));

  for (const part of chunk(ids, batchMax(accountCheck, 'CheckItem'))) {
    const res = await callIm(accountCheck, { CheckItem: part.map((UserID) => ({ UserID })) }, { signal });
    for (const item of res.ResultItem ?? []) {
      const row = rows.get(item.UserID);
      if (!row) continue;
      if (item.ResultCode !== 0) row.checkCode = item.ResultCode;
      else row.imported = item.AccountStatus === 'Imported';
    }
  }

  const imported = ids.filter((id) => rows.get(id)?.imported === true);
  const profileBatches = chunk(imported, batchMax(portraitGet, 'To_Account')).map((part) =>
    callIm(portraitGet, { To_Account: part, TagList: [NICK, IMAGE] }, { signal }),
  );
  const stateBatches = chunk(imported, batchMax(queryOnlineStatus, 'To_Account')).map((part) =>
    callIm(queryOnlineStatus, { To_Account: part, IsNeedDetail: 1 }, { signal }),
  );
  const [profiles, states] = await Promise.all([Promise.all(profileBatches), Promise.all(stateBatches)]);

  for (const res of profiles) {
    for (const item of res.UserProfileItem ?? []) {
      const row = rows.get(item.To_Account);
      if (!row) continue;
      for (const p of item.ProfileItem ?? []) {
        if (p.Tag === NICK && typeof p.Value === 'string') row.nick = p.Value;
        if (p.Tag === IMAGE && typeof p.Value === 'string') row.faceUrl = p.Value;
      }
    }
  }
  for (const res of states) {
    for (const item of res.QueryResult ?? []) {
      const row = rows.get(item.To_Account);
      if (!row) continue;
      row.presence = item.Status as Presence;
      row.platforms = (item.Detail ?? []).map((d) => ({ platform: d.Platform, status: d.Status }));
    }
  }
  return ids.map((id) => rows.get(id)!);
}

/** The full standard profile of one user, or `null` when the account is not imported. */
export async function fetchUserProfile(userId: string, signal?: AbortSignal) {
  const check = await callIm(accountCheck, { CheckItem: [{ UserID: userId }] }, { signal });
  const item = check.ResultItem?.find((i) => i.UserID === userId);
  if (!item || item.AccountStatus !== 'Imported') return null;
  const res = await callIm(
    portraitGet,
    { To_Account: [userId], TagList: [...standardProfileTags] },
    { signal },
  );
  const entry = res.UserProfileItem?.find((i) => i.To_Account === userId);
  return { userId, items: entry?.ProfileItem ?? [] };
}

/** Presence of one user with per-platform detail. */
export async function fetchUserState(userId: string, signal?: AbortSignal) {
  const res = await callIm(queryOnlineStatus, { To_Account: [userId], IsNeedDetail: 1 }, { signal });
  const item = res.QueryResult?.find((i) => i.To_Account === userId);
  return {
    presence: (item?.Status ?? 'Offline') as Presence,
    platforms: (item?.Detail ?? []).map((d) => ({ platform: d.Platform, status: d.Status })),
  };
}

/** Key factories and query options of the Users area. */
export const userQueries = {
  all: () => ['users'] as const,
  lookups: () => [...userQueries.all(), 'lookup'] as const,
  lookup: (ids: readonly string[]) =>
    queryOptions({
      queryKey: [...userQueries.lookups(), ids] as const,
      queryFn: ({ signal }) => lookupUsers(ids, signal),
      enabled: ids.length > 0,
    }),
  detail: (userId: string) => [...userQueries.all(), 'detail', userId] as const,
  profile: (userId: string) =>
    queryOptions({
      queryKey: [...userQueries.detail(userId), 'profile'] as const,
      queryFn: ({ signal }) => fetchUserProfile(userId, signal),
    }),
  state: (userId: string) =>
    queryOptions({
      queryKey: [...userQueries.detail(userId), 'state'] as const,
      queryFn: ({ signal }) => fetchUserState(userId, signal),
    }),
};
