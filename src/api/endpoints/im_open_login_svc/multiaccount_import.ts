/** `im_open_login_svc/multiaccount_import`: import up to 100 accounts (../shared/im-api/02-accounts.md). */
import { z } from 'zod';
import { defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { boundedArray } from '../../rules';

/** Most accounts per call (02-accounts.md, multiaccount_import limits). */
export const MULTIACCOUNT_IMPORT_MAX = 100;

/**
 * One account of the new format. Items are only type-checked: the service reports an invalid
 * UserID per item in `FailAccounts` instead of failing the call (02-accounts.md emulator rules).
 */
export const multiaccountImportItemSchema = z.object({
  UserID: z.string(),
  Nick: z.string().optional(),
  FaceUrl: z.string().optional(),
});

/** Request: exactly one of `Accounts` (old format, bare UserIDs) or `AccountList` (new format, with profile). */
export const multiaccountImportRequestSchema = z
  .object({
    Accounts: boundedArray(z.string(), MULTIACCOUNT_IMPORT_MAX).optional(),
    AccountList: boundedArray(multiaccountImportItemSchema, MULTIACCOUNT_IMPORT_MAX).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.Accounts === undefined && b.AccountList === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'AccountList (or the old Accounts) is required',
        path: ['AccountList'],
      });
    } else if (b.Accounts !== undefined && b.AccountList !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not be sent together with AccountList',
        path: ['Accounts'],
      });
    }
  });

/** Response: `FailAccounts` lists UserIDs not imported (no reason given); treat a missing field as empty. */
export const multiaccountImportResponseSchema = imResponse({
  FailAccounts: z.array(z.string()).optional(),
});

/** Import up to 100 accounts; the new format also updates nickname and avatar of existing ones. */
export const endpoint = defineEndpoint({
  service: 'im_open_login_svc',
  command: 'multiaccount_import',
  summary: 'Import accounts in bulk',
  doc: '02-accounts.md',
  access: 'write',
  request: multiaccountImportRequestSchema,
  response: multiaccountImportResponseSchema,
  batch: [
    { field: 'Accounts', max: MULTIACCOUNT_IMPORT_MAX },
    { field: 'AccountList', max: MULTIACCOUNT_IMPORT_MAX },
  ],
  rate: { perSecond: 100 },
});

export type MultiaccountImportRequest = z.infer<typeof multiaccountImportRequestSchema>;
export type MultiaccountImportResponse = z.infer<typeof multiaccountImportResponseSchema>;
