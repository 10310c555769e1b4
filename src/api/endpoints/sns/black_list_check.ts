/** `sns/black_list_check`: check blocklist relations (../shared/im-api/07-relationships.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { SNS_BATCH_MAX, blackCheckTypeSchema, blackRelationSchema, failAccountSchema } from '../../friend';
import { boundedArray, userIdSchema } from '../../rules';

/** Request: the owner, at most 1,000 accounts to check and the required `CheckType`. */
export const blackListCheckRequestSchema = z.object({
  From_Account: userIdSchema,
  To_Account: boundedArray(userIdSchema, SNS_BATCH_MAX),
  CheckType: blackCheckTypeSchema,
});

/** Response: one blocklist relation per account, in request order. */
export const blackListCheckResponseSchema = imResponse({
  BlackListCheckItem: z.array(
    z.looseObject({
      To_Account: z.string(),
      Relation: blackRelationSchema,
      ResultCode: z.number().int(),
      ResultInfo: z.string().optional(),
    }),
  ),
  Fail_Account: failAccountSchema,
});

/** Report whether the owner blocked each account and, optionally, whether each blocked the owner. */
export const endpoint = defineEndpoint({
  service: 'sns',
  command: 'black_list_check',
  summary: 'Check blocklist relations',
  doc: '07-relationships.md',
  access: 'read',
  request: blackListCheckRequestSchema,
  response: blackListCheckResponseSchema,
  batch: [{ field: 'To_Account', max: SNS_BATCH_MAX }],
  rate: DEFAULT_RATE,
});

export type BlackListCheckRequest = z.infer<typeof blackListCheckRequestSchema>;
export type BlackListCheckResponse = z.infer<typeof blackListCheckResponseSchema>;
