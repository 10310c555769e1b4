/** `im_open_login_svc/kick`: invalidate an account's login state (../shared/im-api/02-accounts.md). */
import { endpoint } from '../../../api/endpoints/im_open_login_svc/kick';
import { afterKick } from '../../callbacks/account-events';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';

/**
 * Records `kickedAt = now` (UserSigs issued before that second are refused with 70052 by the
 * pipeline) and ends every session. Unknown or deleted → 70107; an offline user is still OK; kicking
 * an admin also invalidates the admin's older UserSigs.
 */
export const kick = defineHandler(endpoint, (req, ctx) => {
  const userId = req.UserID ?? req.Identifier ?? '';
  if (!ctx.store.isImported(userId)) throw new ImFailure(70107, 'account not exist');
  const hadSessions = ctx.store.sessionsOf(userId).length > 0;
  ctx.store.kick(userId, ctx.nowSeconds);
  afterKick(ctx, userId, hadSessions);
  return {};
});
