/** `im_open_login_svc/account_delete`: permanently delete up to 100 accounts (../shared/im-api/02-accounts.md). */
import { z } from 'zod';
import { defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { boundedArray, userIdSchema } from '../../rules';

/** Request: `DeleteItem`, 1–100 `{UserID}` entries. */
export const accountDeleteRequestSchema = z.object({
  DeleteItem: boundedArray(z.object({ UserID: userIdSchema }), 100),
});

/** One per-account result: `ResultCode` 0 = deleted, 70107 = account does not exist. */
export const accountResultItemSchema = z.looseObject({
  UserID: z.string(),
  ResultCode: z.number().int(),
  ResultInfo: z.string().optional(),
});

/** Response: one `ResultItem` per requested account. */
export const accountDeleteResponseSchema = imResponse({
  ResultItem: z.array(accountResultItemSchema),
});

/** Delete accounts with their friends, profile, group data and conversations; irreversible. */
export const endpoint = defineEndpoint({
  service: 'im_open_login_svc',
  command: 'account_delete',
  summary: 'Delete accounts',
  doc: '02-accounts.md',
  access: 'dangerous',
  request: accountDeleteRequestSchema,
  response: accountDeleteResponseSchema,
  batch: [{ field: 'DeleteItem', max: 100 }],
  rate: { perSecond: 100 },
});

export type AccountDeleteRequest = z.infer<typeof accountDeleteRequestSchema>;
export type AccountDeleteResponse = z.infer<typeof accountDeleteResponseSchema>;
