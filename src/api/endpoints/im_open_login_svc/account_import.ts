/** `im_open_login_svc/account_import`: import one account (../shared/im-api/02-accounts.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { bytes, userIdSchema } from '../../rules';

/** Request: the UserID and an optional initial nickname and avatar (each ≤ 500 bytes, else 40601). */
export const accountImportRequestSchema = z
  .object({
    UserID: userIdSchema.optional(),
    /** Older docs and SDKs send the UserID as `Identifier`; the service accepts either. */
    Identifier: userIdSchema.optional(),
    Nick: bytes(500).optional(),
    FaceUrl: bytes(500).optional(),
  })
  .refine((b) => b.UserID !== undefined || b.Identifier !== undefined, {
    message: 'UserID is required',
    path: ['UserID'],
  });

/** Response: the envelope only; no per-item list. */
export const accountImportResponseSchema = imResponse({});

/** Import one account so that every other API can use it. */
export const endpoint = defineEndpoint({
  service: 'im_open_login_svc',
  command: 'account_import',
  summary: 'Import one account',
  doc: '02-accounts.md',
  access: 'write',
  request: accountImportRequestSchema,
  response: accountImportResponseSchema,
  rate: DEFAULT_RATE,
});

export type AccountImportRequest = z.infer<typeof accountImportRequestSchema>;
export type AccountImportResponse = z.infer<typeof accountImportResponseSchema>;
