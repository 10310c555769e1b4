/** `im_open_login_svc/account_delete`: permanently delete up to 100 accounts (../shared/im-api/02-accounts.md). */
import { endpoint } from '../../../api/endpoints/im_open_login_svc/account_delete';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';

/** The per-item text the service returns for an unknown account (docs example). */
export const ACCOUNT_NOT_EXIST_INFO = 'Err_TLS_PT_Open_Login_Account_Not_Exist';

/**
 * Deletes each account and leaves a tombstone; unknown or already deleted → per-item 70107; an App
 * admin → per-item 70403 so the emulator stays callable (emulator choice). With deletion disabled
 * (paid-plan config) the whole call fails with 71000 and nothing is deleted.
 */
export const accountDelete = defineHandler(endpoint, (req, ctx) => {
  if (!ctx.config.allowAccountDelete) {
    throw new ImFailure(
      71000,
      'account delete is not allowed for this app: lift the restriction in the console',
    );
  }
  return {
    ResultItem: req.DeleteItem.map(({ UserID }) => {
      if (ctx.store.isAdmin(UserID)) {
        return { UserID, ResultCode: 70403, ResultInfo: 'App administrator accounts cannot be deleted' };
      }
      if (!ctx.store.isImported(UserID)) {
        return { UserID, ResultCode: 70107, ResultInfo: ACCOUNT_NOT_EXIST_INFO };
      }
      ctx.store.deleteAccount(UserID, ctx.nowSeconds);
      return { UserID, ResultCode: 0, ResultInfo: '' };
    }),
  };
});
