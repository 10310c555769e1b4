/** `openim/querystate`: the legacy command name of query_online_status (../shared/im-api/02-accounts.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { boundedArray, flag01Schema, userIdSchema } from '../../rules';
import {
  ONLINE_STATUS_MAX,
  onlineStatusErrorSchema,
  onlineStatuses,
  platformStatusSchema,
} from './query_online_status';

/** Request: 1–500 UserIDs and the optional detail flag. */
export const querystateRequestSchema = z.object({
  To_Account: boundedArray(userIdSchema, ONLINE_STATUS_MAX),
  IsNeedDetail: flag01Schema.optional(),
});

/**
 * One account's state. The old page names the overall field `State`; the emulator sends both
 * `State` and `Status` on this path (02-accounts.md emulator rules), so both are optional here.
 */
export const querystateResultSchema = z.looseObject({
  To_Account: z.string(),
  State: z.enum(onlineStatuses).optional(),
  Status: z.enum(onlineStatuses).optional(),
  Detail: z.array(platformStatusSchema).optional(),
});

/** Response: `QueryResult`, and `ErrorList` where the service adds it (the old page had none). */
export const querystateResponseSchema = imResponse({
  QueryResult: z.array(querystateResultSchema).optional(),
  ErrorList: z.array(onlineStatusErrorSchema).optional(),
});

/** Query online status under the legacy name; the console calls query_online_status instead. */
export const endpoint = defineEndpoint({
  service: 'openim',
  command: 'querystate',
  summary: 'Query online status (legacy command name)',
  doc: '02-accounts.md',
  access: 'read',
  request: querystateRequestSchema,
  response: querystateResponseSchema,
  batch: [{ field: 'To_Account', max: ONLINE_STATUS_MAX }],
  rate: DEFAULT_RATE,
});

export type QuerystateRequest = z.infer<typeof querystateRequestSchema>;
export type QuerystateResponse = z.infer<typeof querystateResponseSchema>;
