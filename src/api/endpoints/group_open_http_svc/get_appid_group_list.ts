/** `group_open_http_svc/get_appid_group_list`: list every group ID in the app (../shared/im-api/10-groups-core.md). */
import { z } from 'zod';
import { defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { GROUP_TYPES, LEGACY_GROUP_TYPE, oneOf } from '../../group';

/** Most IDs one page may return; also the default page size. */
export const APPID_GROUP_LIST_MAX_LIMIT = 10000;

/** Request: optional page size (≤ 10000), cursor and type filter (legacy `BChatRoom` and the `Work`/`Meeting` aliases accepted). */
export const getAppidGroupListRequestSchema = z.object({
  Limit: z
    .number()
    .int({ message: 'must be a whole number' })
    .min(0, { message: 'must be 0 or more' })
    .max(APPID_GROUP_LIST_MAX_LIMIT, { message: `must be at most ${APPID_GROUP_LIST_MAX_LIMIT}` })
    .optional(),
  /** An unsigned 64-bit cursor: 0 first, then the previous answer's `Next` (JS numbers are exact below 2^53). */
  Next: z
    .number()
    .int({ message: 'must be a whole number' })
    .min(0, { message: 'must be 0 or more' })
    .optional(),
  GroupType: oneOf([...GROUP_TYPES, LEGACY_GROUP_TYPE, 'Work', 'Meeting']).optional(),
});

/** Response: the total (after the type filter), this page's IDs and the next cursor (0 = done). */
export const getAppidGroupListResponseSchema = imResponse({
  TotalCount: z.number().int().optional(),
  GroupIdList: z.array(z.looseObject({ GroupId: z.string() })).optional(),
  Next: z.number().int().optional(),
});

/** List all group IDs in the app, paged by a `Next` cursor. */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'get_appid_group_list',
  summary: 'List all group IDs in the app',
  doc: '10-groups-core.md',
  access: 'read',
  request: getAppidGroupListRequestSchema,
  response: getAppidGroupListResponseSchema,
  // The one group API documented below the default: 1 call per second.
  rate: { perSecond: 1 },
});

export type GetAppidGroupListRequest = z.infer<typeof getAppidGroupListRequestSchema>;
export type GetAppidGroupListResponse = z.infer<typeof getAppidGroupListResponseSchema>;
