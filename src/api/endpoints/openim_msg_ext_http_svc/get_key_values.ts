/** `openim_msg_ext_http_svc/get_key_values`: read a C2C message's extension KVs (../shared/im-api/03-c2c-messages.md). */
import { z } from 'zod';
import { msgKeySchema } from '../../c2c';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { flag01Schema, uint32Schema, userIdSchema } from '../../rules';

/** Request: the message (recipient and key; sender optional) and the first `Seq` wanted. */
export const getKeyValuesRequestSchema = z.object({
  From_Account: userIdSchema.optional(),
  To_Account: userIdSchema,
  MsgKey: msgKeySchema,
  StartSeq: uint32Schema.optional(),
});

/** One extension KV and the version (`Seq`) it was last written at. */
export const messageExtensionSchema = z.looseObject({
  Key: z.string(),
  Value: z.string(),
  Seq: z.number().int(),
});

/** A message extension KV. */
export type MessageExtension = z.infer<typeof messageExtensionSchema>;

/** Response: up to 200 KVs sorted by `Seq`; `CompleteFlag` 0 means page on with `StartSeq`. */
export const getKeyValuesResponseSchema = imResponse({
  CompleteFlag: flag01Schema,
  LatestSeq: z.number().int(),
  /** `Seq` of the last clear (meaning inferred; unclear in source). */
  ClearSeq: z.number().int().optional(),
  ExtensionList: z.array(messageExtensionSchema),
});

/** Read the reaction/poll-style extension KVs of one C2C message (newer; needs the edition feature). */
export const endpoint = defineEndpoint({
  service: 'openim_msg_ext_http_svc',
  command: 'get_key_values',
  summary: 'Pull one-to-one message extension KVs',
  doc: '03-c2c-messages.md',
  access: 'read',
  request: getKeyValuesRequestSchema,
  response: getKeyValuesResponseSchema,
  rate: DEFAULT_RATE,
  newer: true,
});

export type GetKeyValuesRequest = z.infer<typeof getKeyValuesRequestSchema>;
export type GetKeyValuesResponse = z.infer<typeof getKeyValuesResponseSchema>;
