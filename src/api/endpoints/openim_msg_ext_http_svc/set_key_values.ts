/** `openim_msg_ext_http_svc/set_key_values`: set, delete or clear a C2C message's extension KVs (../shared/im-api/03-c2c-messages.md). */
import { z } from 'zod';
import { msgKeySchema } from '../../c2c';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { boundedArray, bytes, nonEmptyBytes, uint32Schema, userIdSchema } from '../../rules';
import { messageExtensionSchema } from './get_key_values';

/** Most KVs per call (300 per message in total). */
export const SET_KEY_VALUES_MAX = 20;

/** `OperateType`: 1 set, 2 delete, 3 clear all. */
export const operateTypes = { 1: 'Set', 2: 'Delete', 3: 'Clear all' } as const;

/** One KV to write: key ≤ 100 bytes, value ≤ 1000 bytes (empty for delete), optional last-seen `Seq`. */
export const extensionItemSchema = z.object({
  Key: nonEmptyBytes(100),
  Value: bytes(1000),
  Seq: uint32Schema.optional(),
});

/** Request: the message, the operation and, for set and delete, 1–20 KVs. */
export const setKeyValuesRequestSchema = z
  .object({
    From_Account: userIdSchema.optional(),
    To_Account: userIdSchema,
    MsgKey: msgKeySchema,
    OperateType: z.union([z.literal(1), z.literal(2), z.literal(3)], {
      message: 'must be 1 (set), 2 (delete) or 3 (clear all)',
    }),
    ExtensionList: boundedArray(extensionItemSchema, SET_KEY_VALUES_MAX).optional(),
  })
  .refine((b) => b.OperateType === 3 || b.ExtensionList !== undefined, {
    message: 'is required to set (1) or delete (2) KVs',
    path: ['ExtensionList'],
  });

/** Response: one result per requested KV; `ErrorCode` 23001 (probably a `Seq` conflict) comes with the server's copy. */
export const setKeyValuesResponseSchema = imResponse({
  ExtensionList: z
    .array(z.looseObject({ ErrorCode: z.number().int(), Extension: messageExtensionSchema.optional() }))
    .optional(),
});

/** Write extension KVs of one C2C message (newer; needs the edition feature). */
export const endpoint = defineEndpoint({
  service: 'openim_msg_ext_http_svc',
  command: 'set_key_values',
  summary: 'Set one-to-one message extension KVs',
  doc: '03-c2c-messages.md',
  access: 'write',
  request: setKeyValuesRequestSchema,
  response: setKeyValuesResponseSchema,
  batch: [{ field: 'ExtensionList', max: SET_KEY_VALUES_MAX }],
  rate: DEFAULT_RATE,
  newer: true,
});

export type SetKeyValuesRequest = z.infer<typeof setKeyValuesRequestSchema>;
export type SetKeyValuesResponse = z.infer<typeof setKeyValuesResponseSchema>;
