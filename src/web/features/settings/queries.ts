/**
 * Settings queries (house-style.md "Data fetching"): the IM server IP list, the proxy's counters and
 * accounts' global mutes. `getnospeaking` and `setnospeaking` take one account per call, so many accounts
 * run a few calls at a time (well under the 200 calls per second) and every account gets its own result.
 */
import { queryOptions } from '@tanstack/react-query';
import { endpoint as getIPList } from '../../../api/endpoints/ConfigSvc/GetIPList';
import { endpoint as getnospeaking } from '../../../api/endpoints/openconfigsvr/getnospeaking';
import { endpoint as setnospeaking } from '../../../api/endpoints/openconfigsvr/setnospeaking';
import { proxyStatsSchema } from '../../../api/proxy-stats';
import { callIm, getProxyJson, ImApiError } from '../../lib/api-client';

/** Calls at once when working through many accounts. */
export const CONCURRENCY = 8;

/** Runs `work` over `items` with at most `limit` at a time, in order of results; reports progress. */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  onProgress?: (done: number) => void,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
      onProgress?.(++done);
    }
  });
  await Promise.all(runners);
  return out;
}

/** One account's global mute as checked: seconds left (0 none, MUTE_FOREVER permanent) at `checkedAt`. */
export type MuteState =
  | { userId: string; ok: true; c2c: number; group: number; checkedAt: number }
  | { userId: string; ok: false; error: unknown };

/** Checks each account's global mute; a failure stays with its account instead of failing the list. */
export async function checkMutes(
  ids: readonly string[],
  signal?: AbortSignal,
  onProgress?: (done: number) => void,
): Promise<MuteState[]> {
  return mapPool(
    ids,
    CONCURRENCY,
    async (userId): Promise<MuteState> => {
      try {
        const res = await callIm(getnospeaking, { Get_Account: userId }, { signal });
        return {
          userId,
          ok: true,
          c2c: res.C2CmsgNospeakingTime,
          group: res.GroupmsgNospeakingTime,
          checkedAt: Date.now(),
        };
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') throw error;
        return { userId, ok: false, error };
      }
    },
    onProgress,
  );
}

/** One account's answer to a set or lift. */
export interface MuteChange {
  userId: string;
  ok: boolean;
  error?: unknown;
}

/** Sets (or, with 0, lifts) the chosen mutes of each account. */
export async function changeMutes(
  ids: readonly string[],
  durations: { c2c?: number; group?: number },
  onProgress?: (done: number) => void,
): Promise<MuteChange[]> {
  return mapPool(
    ids,
    CONCURRENCY,
    async (userId): Promise<MuteChange> => {
      try {
        await callIm(setnospeaking, {
          Set_Account: userId,
          ...(durations.c2c !== undefined ? { C2CmsgNospeakingTime: durations.c2c } : {}),
          ...(durations.group !== undefined ? { GroupmsgNospeakingTime: durations.group } : {}),
        });
        return { userId, ok: true };
      } catch (error) {
        return { userId, ok: false, error };
      }
    },
    onProgress,
  );
}

/** The IM error code of a per-account failure, when it is one. */
export function imCode(error: unknown): number | undefined {
  return error instanceof ImApiError ? error.code : undefined;
}

/** Key factories and query options of the settings area. */
export const settingsQueries = {
  all: () => ['settings'] as const,
  ipList: () =>
    queryOptions({
      queryKey: [...settingsQueries.all(), 'ip-list'] as const,
      queryFn: ({ signal }) => callIm(getIPList, {}, { signal }),
      staleTime: 10 * 60_000,
    }),
  proxyStats: () =>
    queryOptions({
      queryKey: [...settingsQueries.all(), 'proxy-stats'] as const,
      queryFn: () => getProxyJson('/api/proxy/stats', proxyStatsSchema),
      refetchInterval: 5_000,
      staleTime: 0,
    }),
  mutes: () => [...settingsQueries.all(), 'mutes'] as const,
  mute: (ids: readonly string[]) =>
    queryOptions({
      queryKey: [...settingsQueries.mutes(), ids] as const,
      queryFn: ({ signal }) => checkMutes(ids, signal),
      enabled: ids.length > 0,
      staleTime: 0,
    }),
};
