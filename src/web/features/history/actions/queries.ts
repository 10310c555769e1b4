/**
 * Queries of the transcript actions: the unread count of a one-to-one view (`get_c2c_unread_msg_num`)
 * and the messages modified through the console (the proxy's `GET /api/history/modified`, read from
 * its audit log). Keys sit under `['history-actions', …transcriptKey]`.
 */
import { queryOptions } from '@tanstack/react-query';
import { endpoint as getUnread } from '../../../../api/endpoints/openim/get_c2c_unread_msg_num';
import { HISTORY_MODIFIED_PATH, modifiedListSchema } from '../../../../api/history-api';
import { ImApiError, callConsoleApi, callIm } from '../../../lib/api-client';

/** Key factories and fetchers of the actions. */
export const actionQueries = {
  all: () => ['history-actions'] as const,
  pair: (viewpoint: string, peer: string) => [...actionQueries.all(), 'c2c', viewpoint, peer] as const,
  /** Unread messages from `peer` in `viewpoint`'s view. */
  unread: (viewpoint: string, peer: string) =>
    queryOptions({
      queryKey: [...actionQueries.pair(viewpoint, peer), 'unread'] as const,
      queryFn: async ({ signal }) => {
        const res = await callIm(getUnread, { To_Account: viewpoint, Peer_Account: [peer] }, { signal });
        const failed = res.ErrorList?.find((e) => e.Peer_Account === peer);
        if (failed) throw new ImApiError(getUnread.path, failed.ErrorCode, `Peer_Account ${peer}`, undefined);
        return res.C2CUnreadMsgNumList?.find((e) => e.Peer_Account === peer)?.C2CUnreadMsgNum ?? 0;
      },
    }),
  /** Modifications of the pair's messages made through this console (both directions). */
  modified: (viewpoint: string, peer: string) =>
    queryOptions({
      queryKey: [...actionQueries.all(), 'modified', ...[viewpoint, peer].sort()] as const,
      queryFn: ({ signal }) =>
        callConsoleApi(
          `${HISTORY_MODIFIED_PATH}?${new URLSearchParams({ viewpoint, peer }).toString()}`,
          modifiedListSchema,
          { signal },
        ),
      staleTime: 30_000,
    }),
};
