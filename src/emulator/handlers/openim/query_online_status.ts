/** `openim/query_online_status`: online state of up to 500 accounts (../shared/im-api/02-accounts.md). */
import { endpoint } from '../../../api/endpoints/openim/query_online_status';
import { defineHandler } from '../../handler';
import { presenceReply } from './online-status';

/**
 * `QueryResult` for imported accounts (no `Detail` when offline, even if asked), `ErrorList` 70107
 * for unknown or deleted ones, always present. `IsReturnInstid`/`IsReturnCustomStatus` are accepted
 * and ignored (response shape unconfirmed).
 */
export const queryOnlineStatus = defineHandler(endpoint, (req, ctx) => presenceReply(ctx, req, false));
