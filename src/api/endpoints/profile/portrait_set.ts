/** `profile/portrait_set`: write profile fields of one account (../shared/im-api/05-profile.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { profileItemSchema } from '../../profile';
import { userIdSchema } from '../../rules';

/** Request: the account and at least one `{Tag, Value}`, each checked against its tag's type and limits. */
export const portraitSetRequestSchema = z.object({
  From_Account: userIdSchema,
  ProfileItem: z.array(profileItemSchema).min(1, { message: 'must list at least one item' }),
});

/** Response: the envelope (with `ErrorDisplay`) only; the write is all-or-nothing. */
export const portraitSetResponseSchema = imResponse({});

/** Set standard and/or custom profile fields of one account. */
export const endpoint = defineEndpoint({
  service: 'profile',
  command: 'portrait_set',
  summary: 'Set profile fields of a user',
  doc: '05-profile.md',
  access: 'write',
  request: portraitSetRequestSchema,
  response: portraitSetResponseSchema,
  rate: DEFAULT_RATE,
});

export type PortraitSetRequest = z.infer<typeof portraitSetRequestSchema>;
export type PortraitSetResponse = z.infer<typeof portraitSetResponseSchema>;
