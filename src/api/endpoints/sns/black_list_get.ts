/** `sns/black_list_get`: page through a blocklist (../shared/im-api/07-relationships.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { MAX_BLOCKLIST } from '../../friend';
import { userIdSchema } from '../../rules';

const nonNegativeInt = z
  .number()
  .int({ message: 'must be a whole number' })
  .min(0, { message: 'must be 0 or more' });

/** Request: the owner, the offset, a page size of 1–1,000 and `LastSequence` (REST callers send 0). */
export const blackListGetRequestSchema = z.object({
  From_Account: userIdSchema,
  StartIndex: nonNegativeInt,
  MaxLimited: z
    .number()
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(MAX_BLOCKLIST, { message: `must be at most ${MAX_BLOCKLIST}` }),
  LastSequence: nonNegativeInt,
});

/**
 * Response: a page of blocked users with the time they were blocked, and `StartIndex` = the next
 * offset (0 when done). The sequence is sent misspelt as `CurruentSequence`; the field table's
 * `CurrentSequence` is accepted too.
 */
export const blackListGetResponseSchema = imResponse({
  BlackListItem: z
    .array(z.looseObject({ To_Account: z.string(), AddBlackTimeStamp: z.number().int() }))
    .optional(),
  StartIndex: z.number().int(),
  CurruentSequence: z.number().int().optional(),
  CurrentSequence: z.number().int().optional(),
});

/** Page through a user's blocklist. */
export const endpoint = defineEndpoint({
  service: 'sns',
  command: 'black_list_get',
  summary: 'Page through a blocklist',
  doc: '07-relationships.md',
  access: 'read',
  request: blackListGetRequestSchema,
  response: blackListGetResponseSchema,
  rate: DEFAULT_RATE,
});

export type BlackListGetRequest = z.infer<typeof blackListGetRequestSchema>;
export type BlackListGetResponse = z.infer<typeof blackListGetResponseSchema>;
