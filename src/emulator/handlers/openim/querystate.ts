/** `openim/querystate`: the legacy name of query_online_status (../shared/im-api/02-accounts.md). */
import { endpoint } from '../../../api/endpoints/openim/querystate';
import { defineHandler } from '../../handler';
import { presenceReply } from './online-status';

/** Same answer as `query_online_status`, with the old `State` field beside `Status` and `ErrorList` kept (emulator choice). */
export const querystate = defineHandler(endpoint, (req, ctx) => presenceReply(ctx, req, true));
