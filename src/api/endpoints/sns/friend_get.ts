/** `sns/friend_get`: page through a user's friends (../shared/im-api/07-relationships.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { tagValueSchema } from '../../friend';
import { userIdSchema } from '../../rules';

const nonNegativeInt = z
  .number()
  .int({ message: 'must be a whole number' })
  .min(0, { message: 'must be 0 or more' });

/**
 * Request: the owner, the paging offset (0, then `NextStartIndex`) and the cached sequences; a
 * sequence equal to the server's leaves those fields out of the answer. The newest Chinese page
 * dropped `CustomSequence`; it is still accepted.
 */
export const friendGetRequestSchema = z.object({
  From_Account: userIdSchema,
  StartIndex: nonNegativeInt,
  StandardSequence: nonNegativeInt.optional(),
  CustomSequence: nonNegativeInt.optional(),
});

/** Response: a page of friends with their fields, the sequences, the total and the paging cursor. */
export const friendGetResponseSchema = imResponse({
  // A user with no friends may get no `UserDataItem` at all (07 friend_get, emulator rules).
  UserDataItem: z
    .array(z.looseObject({ To_Account: z.string(), ValueItem: z.array(tagValueSchema).optional() }))
    .optional(),
  StandardSequence: z.number().int(),
  CustomSequence: z.number().int().optional(),
  FriendNum: z.number().int(),
  CompleteFlag: z.number().int(),
  NextStartIndex: z.number().int(),
});

/** Page through all friends of a user, with every standard and custom friend field. */
export const endpoint = defineEndpoint({
  service: 'sns',
  command: 'friend_get',
  summary: 'Page through all friends',
  doc: '07-relationships.md',
  access: 'read',
  request: friendGetRequestSchema,
  response: friendGetResponseSchema,
  rate: DEFAULT_RATE,
});

export type FriendGetRequest = z.infer<typeof friendGetRequestSchema>;
export type FriendGetResponse = z.infer<typeof friendGetResponseSchema>;
