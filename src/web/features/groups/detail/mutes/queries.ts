/**
 * A group's mutes: the muted list (`get_group_shutted_uin`) and muting or unmuting many accounts
 * (`forbid_send_msg`, at most 500 per call). The call has no per-user results, so after it the console
 * reads the list again and says, account by account, what the service now holds
 * (../shared/im-api/10-groups-core.md §2.6).
 */
import { queryOptions } from '@tanstack/react-query';
import { batchMax } from '../../../../../api/endpoint';
import { endpoint as forbidSendMsg } from '../../../../../api/endpoints/group_open_http_svc/forbid_send_msg';
import { endpoint as getGroupShuttedUin } from '../../../../../api/endpoints/group_open_http_svc/get_group_shutted_uin';
import { UNMUTE } from '../../../../../api/group';
import { callIm } from '../../../../lib/api-client';
import { chunk } from '../../../../lib/batches';
import { groupKeys } from '../../queries';

/** Query keys of a group's mutes (under `groupKeys.all`, so a group-wide invalidation refreshes them). */
export const muteKeys = {
  all: (groupId: string) => [...groupKeys.all, 'mutes', groupId] as const,
  list: (groupId: string, topicId: string) => [...muteKeys.all(groupId), topicId] as const,
};

/** One muted account and the absolute Unix time its mute ends (4294967295 = forever). */
export interface MutedMember {
  account: string;
  mutedUntil: number;
}

/** The accounts muted now in a group, or in one of its topics (`topicId` = '' for the whole group). */
export async function fetchMuted(groupId: string, topicId: string, signal?: AbortSignal) {
  const res = await callIm(
    getGroupShuttedUin,
    { GroupId: groupId, ...(topicId ? { TopicId: topicId } : {}) },
    { signal },
  );
  // Older deployments answer with the legacy names (10-groups-core.md §2.13).
  const list: MutedMember[] =
    res.MutedAccountList?.map((m) => ({ account: m.Member_Account, mutedUntil: m.MutedUntil })) ??
    res.ShuttedUinList?.map((m) => ({ account: m.Member_Account, mutedUntil: m.ShuttedUntil })) ??
    [];
  return list;
}

/** Query options of the muted list. */
export const mutedQuery = (groupId: string, topicId: string) =>
  queryOptions({
    queryKey: muteKeys.list(groupId, topicId),
    queryFn: ({ signal }) => fetchMuted(groupId, topicId, signal),
  });

/**
 * What happened to one account: muted (with the end the service reports), unmuted, the call succeeded
 * but the account is not listed as muted (not a member, or no such account: the service skips those
 * silently), still listed after an unmute, the call for its batch failed, or the call went through but
 * the list could not be read back to confirm it.
 */
export type MuteOutcome =
  | { account: string; kind: 'muted'; mutedUntil: number }
  | { account: string; kind: 'unmuted' }
  | { account: string; kind: 'notListed' }
  | { account: string; kind: 'stillMuted'; mutedUntil: number }
  | { account: string; kind: 'failed'; error: unknown }
  | { account: string; kind: 'unconfirmed'; error: unknown };

/** Reads each account's outcome from its batch's error (if any) and the muted list read afterwards. */
export function muteOutcomes(
  ids: readonly string[],
  muteTime: number,
  failures: ReadonlyMap<string, unknown>,
  after: { ok: true; list: readonly MutedMember[] } | { ok: false; error: unknown },
): MuteOutcome[] {
  const until = new Map((after.ok ? after.list : []).map((m) => [m.account, m.mutedUntil]));
  return ids.map((account): MuteOutcome => {
    if (failures.has(account)) return { account, kind: 'failed', error: failures.get(account) };
    if (!after.ok) return { account, kind: 'unconfirmed', error: after.error };
    const mutedUntil = until.get(account);
    if (muteTime === UNMUTE)
      return mutedUntil === undefined
        ? { account, kind: 'unmuted' }
        : { account, kind: 'stillMuted', mutedUntil };
    return mutedUntil === undefined ? { account, kind: 'notListed' } : { account, kind: 'muted', mutedUntil };
  });
}

/**
 * Mutes (`muteTime` seconds; 4294967295 forever) or unmutes (0) `ids` in batches of the documented cap,
 * then reads the list once to report each account. A failed batch fails only its own accounts.
 */
export async function applyMutes(
  groupId: string,
  topicId: string,
  ids: readonly string[],
  muteTime: number,
  onProgress?: (done: number, total: number) => void,
): Promise<MuteOutcome[]> {
  const failures = new Map<string, unknown>();
  let done = 0;
  for (const part of chunk(ids, batchMax(forbidSendMsg, 'Members_Account'))) {
    try {
      await callIm(forbidSendMsg, {
        GroupId: groupId,
        Members_Account: part,
        MuteTime: muteTime,
        ...(topicId ? { TopicId: topicId } : {}),
      });
    } catch (error) {
      for (const account of part) failures.set(account, error);
    }
    done += part.length;
    onProgress?.(done, ids.length);
  }
  let after: Parameters<typeof muteOutcomes>[3] = { ok: true, list: [] };
  if (failures.size < ids.length) {
    try {
      after = { ok: true, list: await fetchMuted(groupId, topicId) };
    } catch (error) {
      after = { ok: false, error };
    }
  }
  return muteOutcomes(ids, muteTime, failures, after);
}
