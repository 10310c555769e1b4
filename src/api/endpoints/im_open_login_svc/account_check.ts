/** `im_open_login_svc/account_check`: tell whether up to 100 accounts are imported (../shared/im-api/02-accounts.md). */
import { z } from 'zod';
import { defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { boundedArray, userIdSchema } from '../../rules';

/** Request: `CheckItem`, 1–100 `{UserID}` entries. */
export const accountCheckRequestSchema = z.object({
  CheckItem: boundedArray(z.object({ UserID: userIdSchema }), 100),
});

/** The documented account states. */
export const accountStatuses = ['Imported', 'NotImported'] as const;

/** One result; an unknown or deleted account is `NotImported` with `ResultCode` 0, not an error. */
export const accountCheckResultSchema = z.looseObject({
  UserID: z.string(),
  ResultCode: z.number().int(),
  ResultInfo: z.string().optional(),
  AccountStatus: z.enum(accountStatuses).optional(),
});

/** Response: one `ResultItem` per requested account, in request order. */
export const accountCheckResponseSchema = imResponse({
  ResultItem: z.array(accountCheckResultSchema),
});

/** Check whether accounts exist in IM. */
export const endpoint = defineEndpoint({
  service: 'im_open_login_svc',
  command: 'account_check',
  summary: 'Check whether accounts are imported',
  doc: '02-accounts.md',
  access: 'read',
  request: accountCheckRequestSchema,
  response: accountCheckResponseSchema,
  batch: [{ field: 'CheckItem', max: 100 }],
  rate: { perSecond: 100 },
});

export type AccountCheckRequest = z.infer<typeof accountCheckRequestSchema>;
export type AccountCheckResponse = z.infer<typeof accountCheckResponseSchema>;
