/** `im_open_login_svc/account_check`: whether up to 100 accounts are imported (../shared/im-api/02-accounts.md). */
import { endpoint } from '../../../api/endpoints/im_open_login_svc/account_check';
import { defineHandler } from '../../handler';

/** One result per requested account, in order: `Imported` (admins included) or `NotImported` (unknown or deleted), never an error. */
export const accountCheck = defineHandler(endpoint, (req, ctx) => ({
  ResultItem: req.CheckItem.map(({ UserID }) => ({
    UserID,
    ResultCode: 0,
    ResultInfo: '',
    AccountStatus: ctx.store.isImported(UserID) ? ('Imported' as const) : ('NotImported' as const),
  })),
}));
