/** `im_open_login_svc/kick`: invalidate an account's login state (../shared/im-api/02-accounts.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { userIdSchema } from '../../rules';

/** Request: the UserID to force out; older docs and SDKs name it `Identifier`, which is accepted too. */
export const kickRequestSchema = z
  .object({
    UserID: userIdSchema.optional(),
    Identifier: userIdSchema.optional(),
  })
  .refine((b) => b.UserID !== undefined || b.Identifier !== undefined, {
    message: 'UserID is required',
    path: ['UserID'],
  });

/** Response: the envelope only. */
export const kickResponseSchema = imResponse({});

/** Make every UserSig issued to the user so far stop working; the user must log in with a new one. */
export const endpoint = defineEndpoint({
  service: 'im_open_login_svc',
  command: 'kick',
  summary: 'Invalidate an account’s login state',
  doc: '02-accounts.md',
  access: 'write',
  request: kickRequestSchema,
  response: kickResponseSchema,
  rate: DEFAULT_RATE,
});

export type KickRequest = z.infer<typeof kickRequestSchema>;
export type KickResponse = z.infer<typeof kickResponseSchema>;
