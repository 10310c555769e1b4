/** `sns/friend_import`: bulk-import one-way friend entries (../shared/im-api/07-relationships.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import {
  SNS_BATCH_MAX,
  addSourceSchema,
  addWordingSchema,
  customFriendTagSchema,
  customFriendValueSchema,
  failAccountSchema,
  friendListNamesSchema,
  remarkSchema,
  snsResultItemSchema,
} from '../../friend';
import { boundedArray, unixSecondsSchema, userIdSchema } from '../../rules';

/** One friend entry to import, with optional historical times and registered custom fields. */
export const importFriendItemSchema = z.object({
  To_Account: userIdSchema,
  Remark: remarkSchema.optional(),
  RemarkTime: unixSecondsSchema.optional(),
  GroupName: friendListNamesSchema.optional(),
  AddSource: addSourceSchema,
  AddWording: addWordingSchema.optional(),
  AddTime: unixSecondsSchema.optional(),
  CustomItem: z.array(z.object({ Tag: customFriendTagSchema, Value: customFriendValueSchema })).optional(),
});

/** Request: the owner and at most 1,000 entries (30001 beyond). */
export const friendImportRequestSchema = z.object({
  From_Account: userIdSchema,
  AddFriendItem: boundedArray(importFriendItemSchema, SNS_BATCH_MAX),
});

/** Response: one result per entry; `Fail_Account` only when some failed. */
export const friendImportResponseSchema = imResponse({
  ResultItem: z.array(snsResultItemSchema),
  Fail_Account: failAccountSchema,
});

/** Write one-way friend entries into one user's list without any friend-request flow (migration). */
export const endpoint = defineEndpoint({
  service: 'sns',
  command: 'friend_import',
  summary: 'Import friends (one-way, bulk)',
  doc: '07-relationships.md',
  access: 'dangerous',
  request: friendImportRequestSchema,
  response: friendImportResponseSchema,
  batch: [{ field: 'AddFriendItem', max: SNS_BATCH_MAX }],
  rate: DEFAULT_RATE,
});

export type FriendImportRequest = z.infer<typeof friendImportRequestSchema>;
export type FriendImportResponse = z.infer<typeof friendImportResponseSchema>;
