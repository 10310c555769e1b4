/**
 * The import rules `account_import` and `multiaccount_import` share (../shared/im-api/02-accounts.md
 * "Emulator rules" of both): existing accounts succeed and get the given Nick/FaceUrl, tombstones come
 * back as brand-new empty accounts unless the re-import cool-down applies (70399), the optional
 * account cap gives 70398, and a bad UserID gives 70402.
 */
import { byteLength, USER_ID_MAX_BYTES } from '../../../api/rules';
import type { HandlerContext } from '../../handler';

/** The initial profile values an import may carry. */
export interface ImportProfile {
  Nick?: string | undefined;
  FaceUrl?: string | undefined;
}

/** The outcome of importing one account. */
export type ImportOutcome = { ok: true } | { ok: false; code: number; info: string };

/** Imports one UserID with optional Nick/FaceUrl, applying the shared rules. */
export function importAccount(
  ctx: HandlerContext,
  userId: string,
  profile: ImportProfile = {},
): ImportOutcome {
  const { store, config, nowSeconds } = ctx;
  if (userId === '' || byteLength(userId) > USER_ID_MAX_BYTES) {
    return { ok: false, code: 70402, info: `invalid UserID: must be 1-${USER_ID_MAX_BYTES} bytes` };
  }
  if (!store.isImported(userId)) {
    const tomb = store.tombstone(userId);
    const cooldown = config.reimportCooldownDays * 86_400;
    if (tomb?.deletedAt !== undefined && cooldown > 0 && nowSeconds - tomb.deletedAt < cooldown) {
      return {
        ok: false,
        code: 70399,
        info: `${userId} was deleted less than ${config.reimportCooldownDays} days ago and cannot be re-imported yet`,
      };
    }
    if (config.maxAccounts !== undefined && store.liveAccountCount() >= config.maxAccounts) {
      return { ok: false, code: 70398, info: `account limit of ${config.maxAccounts} reached` };
    }
    store.createAccount(userId, nowSeconds);
  }
  const items: [string, string][] = [];
  if (profile.Nick !== undefined) items.push(['Tag_Profile_IM_Nick', profile.Nick]);
  if (profile.FaceUrl !== undefined) items.push(['Tag_Profile_IM_Image', profile.FaceUrl]);
  if (items.length) store.setProfile(userId, items);
  return { ok: true };
}
