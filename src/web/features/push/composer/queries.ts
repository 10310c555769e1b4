/**
 * The composer's reads and writes: attribute names (`im_get_attr_name`), one user's tags and attributes
 * (`im_get_tag`, `im_get_attr`) for suggestions, the proxy's counters for the quota, the push itself
 * (`im_push`) and the test send (`batchsendmsg`, per-account results).
 */
import { queryOptions } from '@tanstack/react-query';
import { endpoint as imGetAttr } from '../../../../api/endpoints/all_member_push/im_get_attr';
import { endpoint as imGetAttrName } from '../../../../api/endpoints/all_member_push/im_get_attr_name';
import { endpoint as imGetTag } from '../../../../api/endpoints/all_member_push/im_get_tag';
import { endpoint as imPush } from '../../../../api/endpoints/all_member_push/im_push';
import { endpoint as batchsendmsg } from '../../../../api/endpoints/openim/batchsendmsg';
import { proxyStatsSchema } from '../../../../api/proxy-stats';
import { callIm, getProxyJson } from '../../../lib/api-client';
import { randomMsgRandom, type toPushRequest } from './form-state';
import type { LookedUpUser } from './suggestions';

/** Query keys of the composer. */
export const composerKeys = {
  all: () => ['push-composer'] as const,
  attrNames: () => [...composerKeys.all(), 'attr-names'] as const,
  user: (userId: string) => [...composerKeys.all(), 'user', userId] as const,
  stats: () => [...composerKeys.all(), 'proxy-stats'] as const,
};

/** A looked-up user, or `missing` when the account does not exist (per-account ErrorList). */
export type UserLookup =
  (LookedUpUser & { missing: false }) | { userId: string; missing: true; code: number };

export const composerQueries = {
  /** Slot → name of the app's attributes. */
  attrNames: () =>
    queryOptions({
      queryKey: composerKeys.attrNames(),
      queryFn: async ({ signal }) => {
        const res = await callIm(imGetAttrName, {}, { signal });
        return Object.entries(res.AttrNames)
          .sort(([a], [b]) => Number(a) - Number(b))
          .map(([slot, name]) => ({ slot, name }));
      },
      staleTime: 60_000,
    }),
  /** One user's tags and attribute values. */
  user: (userId: string) =>
    queryOptions({
      queryKey: composerKeys.user(userId),
      queryFn: async ({ signal }): Promise<UserLookup> => {
        const [tags, attrs] = await Promise.all([
          callIm(imGetTag, { To_Account: [userId] }, { signal }),
          callIm(imGetAttr, { To_Account: [userId] }, { signal }),
        ]);
        const failed = tags.ErrorList?.find((e) => e.To_Account === userId);
        if (failed) return { userId, missing: true, code: failed.ErrorCode };
        return {
          userId,
          missing: false,
          tags: tags.UserTags.find((u) => u.To_Account === userId)?.Tags ?? [],
          attrs: attrs.UserAttrs.find((u) => u.To_Account === userId)?.Attrs ?? {},
        };
      },
      staleTime: 30_000,
    }),
  /** The proxy's counters (im_push calls today, next allowed time). */
  stats: () =>
    queryOptions({
      queryKey: composerKeys.stats(),
      queryFn: () => getProxyJson('/api/proxy/stats', proxyStatsSchema),
      staleTime: 0,
      refetchInterval: 15_000,
    }),
};

/** Sends the push; the body is exactly what the JSON preview shows. */
export function sendPush(request: ReturnType<typeof toPushRequest>) {
  return callIm(imPush, request);
}

/** Most accounts a test send takes: a test is for a few people, not a broadcast. */
export const TEST_SEND_MAX = 20;

/** One account's result of a test send. */
export interface TestSendResult {
  userId: string;
  code: number;
}

/**
 * Sends the push's content as an ordinary one-to-one message to a few accounts (`batchsendmsg`), with
 * the same sender, elements, offline push settings and lifetime. Accounts in `ErrorList` failed.
 */
export async function testSend(
  request: ReturnType<typeof toPushRequest>,
  accounts: readonly string[],
): Promise<TestSendResult[]> {
  const res = await callIm(batchsendmsg, {
    ...(request.From_Account !== undefined ? { From_Account: request.From_Account } : {}),
    To_Account: [...accounts],
    MsgRandom: randomMsgRandom(),
    MsgBody: request.MsgBody,
    ...(request.MsgLifeTime !== undefined ? { MsgLifeTime: request.MsgLifeTime } : {}),
    ...(request.OfflinePushInfo ? { OfflinePushInfo: request.OfflinePushInfo } : {}),
    ...(request.CloudCustomData !== undefined ? { CloudCustomData: request.CloudCustomData } : {}),
  });
  const failed = new Map((res.ErrorList ?? []).map((e) => [e.To_Account, e.ErrorCode]));
  return accounts.map((userId) => ({ userId, code: failed.get(userId) ?? 0 }));
}
