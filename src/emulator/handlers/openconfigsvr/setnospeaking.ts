/** `openconfigsvr/setnospeaking`: set or lift an account's global mute (../shared/im-api/12-global-mute.md). */
import { endpoint } from '../../../api/endpoints/openconfigsvr/setnospeaking';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import type { SchemaIssue } from '../../services';

/**
 * Applies each given duration (absent = unchanged, 0 = lift, 4294967295 = forever, else seconds
 * from now on the emulator clock). An unknown account fails with 130005 (recommended code).
 */
export const setnospeaking = defineHandler(
  endpoint,
  (req, ctx) => {
    if (!ctx.store.isImported(req.Set_Account)) {
      throw new ImFailure(130005, `Set_Account ${req.Set_Account} does not exist`);
    }
    const mutes = ctx.store.globalMute;
    if (req.C2CmsgNospeakingTime !== undefined) {
      mutes.set(req.Set_Account, 'c2c', req.C2CmsgNospeakingTime, ctx.nowSeconds);
    }
    if (req.GroupmsgNospeakingTime !== undefined) {
      mutes.set(req.Set_Account, 'group', req.GroupmsgNospeakingTime, ctx.nowSeconds);
    }
    return {};
  },
  { paramCode: setnospeakingParamCode },
);

/**
 * `Set_Account` missing → 130004, malformed → 130005; neither duration given → 130008; a duration
 * that is not a uint32 → 130001 (undocumented; the service cannot read the body as documented).
 */
export function setnospeakingParamCode(issue: SchemaIssue, body: Record<string, unknown>): number {
  const field = issue.path[0];
  if (field === 'Set_Account') return body.Set_Account === undefined ? 130004 : 130005;
  if (
    issue.code === 'custom' &&
    body.C2CmsgNospeakingTime === undefined &&
    body.GroupmsgNospeakingTime === undefined
  ) {
    return 130008;
  }
  return 130001;
}
