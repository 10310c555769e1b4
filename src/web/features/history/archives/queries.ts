/** The archives page's query: `get_history` for one chat type and Beijing hour. */
import { queryOptions } from '@tanstack/react-query';
import {
  endpoint as getHistory,
  type GetHistoryRequest,
} from '../../../../api/endpoints/open_msg_svc/get_history';
import { callIm } from '../../../lib/api-client';

/** Key factories and query options of the archives page. */
export const archiveQueries = {
  all: () => ['history', 'archives'] as const,
  hour: (chatType: GetHistoryRequest['ChatType'], msgTime: string) =>
    queryOptions({
      queryKey: [...archiveQueries.all(), chatType, msgTime] as const,
      queryFn: async ({ signal }) =>
        (await callIm(getHistory, { ChatType: chatType, MsgTime: msgTime }, { signal })).File,
      // Links last hours; a minute of reuse spares the 10-calls-a-second limit without handing out stale links.
      staleTime: 60_000,
    }),
};
