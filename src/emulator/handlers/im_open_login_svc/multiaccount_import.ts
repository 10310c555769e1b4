/** `im_open_login_svc/multiaccount_import`: import up to 100 accounts (../shared/im-api/02-accounts.md). */
import { endpoint } from '../../../api/endpoints/im_open_login_svc/multiaccount_import';
import { defineHandler } from '../../handler';
import { importAccount } from './import-account';

/**
 * Imports each account in order; one that cannot be imported (bad UserID, cap, re-import cool-down)
 * goes to `FailAccounts` without a reason, the rest succeed. Only the new `AccountList` format updates
 * Nick/FaceUrl of existing accounts; duplicates are processed in turn, last values winning.
 * `FailAccounts` is always present, possibly empty (emulator choice).
 */
export const multiaccountImport = defineHandler(endpoint, (req, ctx) => {
  const items: { UserID: string; Nick?: string; FaceUrl?: string }[] =
    req.AccountList ?? (req.Accounts ?? []).map((UserID) => ({ UserID }));
  const failAccounts: string[] = [];
  for (const item of items) {
    const outcome = importAccount(ctx, item.UserID, item);
    if (!outcome.ok) failAccounts.push(item.UserID);
  }
  return { FailAccounts: failAccounts };
});
