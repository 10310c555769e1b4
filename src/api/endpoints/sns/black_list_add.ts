/** `sns/black_list_add`: add users to a blocklist (../shared/im-api/07-relationships.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { SNS_BATCH_MAX, failAccountSchema, snsResultItemSchema } from '../../friend';
import { boundedArray, userIdSchema } from '../../rules';

/** Request: the blocklist owner and at most 1,000 users to block. */
export const blackListAddRequestSchema = z.object({
  From_Account: userIdSchema,
  To_Account: boundedArray(userIdSchema, SNS_BATCH_MAX),
});

/** Response: one result per target ("already blocked" is 30001 per the docs, 31307 as observed). */
export const blackListAddResponseSchema = imResponse({
  ResultItem: z.array(snsResultItemSchema),
  Fail_Account: failAccountSchema,
});

/** Block users; blocking also ends any friendship between the pair on both sides. */
export const endpoint = defineEndpoint({
  service: 'sns',
  command: 'black_list_add',
  summary: 'Add users to a blocklist',
  doc: '07-relationships.md',
  access: 'write',
  request: blackListAddRequestSchema,
  response: blackListAddResponseSchema,
  batch: [{ field: 'To_Account', max: SNS_BATCH_MAX }],
  rate: DEFAULT_RATE,
});

export type BlackListAddRequest = z.infer<typeof blackListAddRequestSchema>;
export type BlackListAddResponse = z.infer<typeof blackListAddResponseSchema>;
