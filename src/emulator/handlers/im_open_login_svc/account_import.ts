/** `im_open_login_svc/account_import`: import one account (../shared/im-api/02-accounts.md). */
import { endpoint } from '../../../api/endpoints/im_open_login_svc/account_import';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { importAccount } from './import-account';

/** Creates the account (or updates Nick/FaceUrl of an existing one); admins always exist, so they succeed. */
export const accountImport = defineHandler(
  endpoint,
  (req, ctx) => {
    const userId = req.UserID ?? req.Identifier ?? '';
    const outcome = importAccount(ctx, userId, { Nick: req.Nick, FaceUrl: req.FaceUrl });
    if (!outcome.ok) throw new ImFailure(outcome.code, outcome.info);
    return {};
  },
  {
    // A Nick/FaceUrl over 500 bytes is 40601, not the generic 70402 (02-accounts.md account_import "Errors").
    paramCode: (issue) =>
      (issue.path[0] === 'Nick' || issue.path[0] === 'FaceUrl') && issue.code === 'custom'
        ? 40601
        : undefined,
  },
);
