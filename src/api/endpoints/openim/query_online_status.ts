/**
 * `openim/query_online_status`: online state of up to 500 accounts
 * (../shared/im-api/02-accounts.md, with the seed tail in 03-c2c-messages.md).
 */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { boundedArray, flag01Schema, userIdSchema } from '../../rules';

/** Most accounts per call (more → 90011). */
export const ONLINE_STATUS_MAX = 500;

/** Online: connected; PushOnline: app killed or disconnected but reachable by push; Offline: logged out or 7 days idle. */
export const onlineStatuses = ['Online', 'PushOnline', 'Offline'] as const;

/** An online state. */
export type OnlineStatus = (typeof onlineStatuses)[number];

/** Request: 1–500 UserIDs (an empty list → 90001) and the optional detail flags. */
export const queryOnlineStatusRequestSchema = z.object({
  To_Account: boundedArray(userIdSchema, ONLINE_STATUS_MAX),
  /** 1 = include the per-platform `Detail`. */
  IsNeedDetail: flag01Schema.optional(),
  /** Newer Chinese page only: 1 = also return instance IDs (response shape unconfirmed). */
  IsReturnInstid: flag01Schema.optional(),
  /** Newer Chinese page only: 1 = also return custom status (response shape unconfirmed). */
  IsReturnCustomStatus: flag01Schema.optional(),
});

/** One logged-in platform (`iPhone`, `Android`, `Web`, `PC`, `iPad`, `Mac`; the old page spells `IPhone`). */
export const platformStatusSchema = z.looseObject({
  Platform: z.string(),
  Status: z.enum(onlineStatuses),
});

/** One account's state; `Detail` only with `IsNeedDetail` 1 and only for accounts with sessions. */
export const onlineStatusResultSchema = z.looseObject({
  To_Account: z.string(),
  Status: z.enum(onlineStatuses),
  Detail: z.array(platformStatusSchema).optional(),
});

/** An account whose state could not be read (70107 = does not exist); the call itself still succeeds. */
export const onlineStatusErrorSchema = z.looseObject({
  To_Account: z.string(),
  ErrorCode: z.number().int(),
});

/** Response: `QueryResult` for readable accounts, `ErrorList` for the rest (either may be absent when empty). */
export const queryOnlineStatusResponseSchema = imResponse({
  QueryResult: z.array(onlineStatusResultSchema).optional(),
  ErrorList: z.array(onlineStatusErrorSchema).optional(),
});

/** Query whether accounts are online, push-reachable or offline, optionally per platform. */
export const endpoint = defineEndpoint({
  service: 'openim',
  command: 'query_online_status',
  summary: 'Query online status',
  doc: '02-accounts.md',
  access: 'read',
  request: queryOnlineStatusRequestSchema,
  response: queryOnlineStatusResponseSchema,
  batch: [{ field: 'To_Account', max: ONLINE_STATUS_MAX }],
  rate: DEFAULT_RATE,
});

export type QueryOnlineStatusRequest = z.infer<typeof queryOnlineStatusRequestSchema>;
export type QueryOnlineStatusResponse = z.infer<typeof queryOnlineStatusResponseSchema>;
