/** `group_open_http_svc/forbid_send_msg`: mute or unmute members (../shared/im-api/10-groups-core.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/forbid_send_msg';
import { groupTypeInfo, muteUntilFor } from '../../../api/group';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { groupIdParamCode, optionalTopic, requireGroup } from './group-common';

/**
 * Sets `MuteUntil = now + MuteTime` for each account (0 unmutes, 4294967295 forever; a new call
 * re-bases from now), in the group or in `TopicId`'s topic. Work groups → 10007. Mutes are kept by
 * (group, topic, user), so they outlive membership; non-members are accepted and stored, accounts
 * that are not imported are skipped (emulator choices). No per-user results.
 */
export const forbidSendMsg = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    if (!groupTypeInfo[g.type].supportsMute)
      throw new ImFailure(10007, 'a Work (Private) group does not support muting');
    const topic = optionalTopic(g, req.TopicId);
    const mutes = topic ? topic.mutes : g.mutes;
    const until = muteUntilFor(req.MuteTime ?? req.ShutUpTime ?? 0, ctx.nowSeconds);
    for (const account of req.Members_Account) {
      if (!ctx.store.isImported(account)) continue;
      if (until) mutes.set(account, until);
      else mutes.delete(account);
    }
    return {};
  },
  { paramCode: groupIdParamCode },
);
