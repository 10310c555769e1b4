/** `profile/portrait_get`: read profile fields of up to 100 accounts (../shared/im-api/05-profile.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { profileTagNameSchema, responseProfileItemSchema } from '../../profile';
import { boundedArray, userIdSchema } from '../../rules';

/** Most accounts per call. */
export const PORTRAIT_GET_MAX = 100;

/** Request: 1–100 UserIDs and the tags to return (standard `Tag_Profile_IM_*` or `Tag_Profile_Custom_*`). */
export const portraitGetRequestSchema = z.object({
  To_Account: boundedArray(userIdSchema, PORTRAIT_GET_MAX),
  TagList: z.array(profileTagNameSchema).min(1, { message: 'must list at least one tag' }),
});

/** One account's result: its `{Tag, Value}` pairs, or a non-zero `ResultCode` and no `ProfileItem`. */
export const userProfileItemSchema = z.looseObject({
  To_Account: z.string(),
  ProfileItem: z.array(responseProfileItemSchema).optional(),
  ResultCode: z.number().int(),
  ResultInfo: z.string().optional(),
});

/** Response: one `UserProfileItem` per account; `Fail_Account` only when some failed. */
export const portraitGetResponseSchema = imResponse({
  UserProfileItem: z.array(userProfileItemSchema),
  Fail_Account: z.array(z.string()).optional(),
});

/** Read standard and custom profile fields of users. */
export const endpoint = defineEndpoint({
  service: 'profile',
  command: 'portrait_get',
  summary: 'Get profile fields of users',
  doc: '05-profile.md',
  access: 'read',
  request: portraitGetRequestSchema,
  response: portraitGetResponseSchema,
  batch: [{ field: 'To_Account', max: PORTRAIT_GET_MAX }],
  rate: DEFAULT_RATE,
});

export type PortraitGetRequest = z.infer<typeof portraitGetRequestSchema>;
export type PortraitGetResponse = z.infer<typeof portraitGetResponseSchema>;
