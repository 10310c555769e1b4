/** `openconfigsvr/getnospeaking`: remaining global mute of an account (../shared/im-api/12-global-mute.md). */
import { endpoint } from '../../../api/endpoints/openconfigsvr/getnospeaking';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';

/**
 * Seconds left of each mute on the emulator clock: 0 when none or expired, 4294967295 when
 * permanent, never negative. `Get_Account` missing → 130002, malformed or unknown → 130003.
 */
export const getnospeaking = defineHandler(
  endpoint,
  (req, ctx) => {
    if (!ctx.store.isImported(req.Get_Account)) {
      throw new ImFailure(130003, `Get_Account ${req.Get_Account} does not exist`);
    }
    const mutes = ctx.store.globalMute;
    return {
      C2CmsgNospeakingTime: mutes.remaining(req.Get_Account, 'c2c', ctx.nowSeconds),
      GroupmsgNospeakingTime: mutes.remaining(req.Get_Account, 'group', ctx.nowSeconds),
    };
  },
  { paramCode: (_issue, body) => (body.Get_Account === undefined ? 130002 : 130003) },
);
