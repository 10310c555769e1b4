/** `group_open_http_svc/modify_group_base_info`: change a group's profile (../shared/im-api/10-groups-core.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/modify_group_base_info';
import { GROUP_LIMITS, groupTypeInfo } from '../../../api/group';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { groupIdParamCode, requireGroup, upsertPairs } from './group-common';

/**
 * Changes only the fields present; `InfoSeq` and `LastInfoTime` move when anything changed.
 * `MaxMemberNum` above the type's maximum → 10004, below the member count accepted (it only blocks
 * adds), ignored for AVChatRoom. `ApplyJoinOption` is stored for every type. `AppDefinedData`
 * upserts, `""` deletes. `ShutUpAllMember` is the legacy `MuteAllMember`. An unknown `From_Account`
 * → 10004. Everything is checked before anything is written.
 */
export const modifyGroupBaseInfo = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    if (req.From_Account !== undefined && !ctx.store.isImported(req.From_Account)) {
      throw new ImFailure(10004, `From_Account ${req.From_Account} does not exist`);
    }
    const cap = groupTypeInfo[g.type].maxMembers;
    if (req.MaxMemberNum !== undefined && cap !== null && req.MaxMemberNum > cap) {
      throw new ImFailure(10004, `MaxMemberNum must be at most ${cap} for a ${g.type} group`);
    }
    const data = req.AppDefinedData
      ? upsertPairs(g.data, req.AppDefinedData, GROUP_LIMITS.appDefinedDataKeys)
      : g.data;
    const muteAll = req.MuteAllMember ?? req.ShutUpAllMember;
    const next = {
      name: req.Name ?? g.name,
      introduction: req.Introduction ?? g.introduction,
      notification: req.Notification ?? g.notification,
      faceUrl: req.FaceUrl ?? g.faceUrl,
      maxMemberNum: g.type === 'AVChatRoom' ? g.maxMemberNum : (req.MaxMemberNum ?? g.maxMemberNum),
      applyJoinOption: req.ApplyJoinOption ?? g.applyJoinOption,
      inviteJoinOption:
        g.type === 'AVChatRoom' ? g.inviteJoinOption : (req.InviteJoinOption ?? g.inviteJoinOption),
      muteAll: muteAll === undefined ? g.muteAll : muteAll === 'On',
    };
    const changed =
      (Object.keys(next) as (keyof typeof next)[]).some((k) => next[k] !== g[k]) ||
      JSON.stringify(data) !== JSON.stringify(g.data);
    if (changed) {
      Object.assign(g, next, { data, infoSeq: g.infoSeq + 1, lastInfoTime: ctx.nowSeconds });
      if (next.inviteJoinOption === undefined) delete g.inviteJoinOption;
    }
    return {};
  },
  { paramCode: groupIdParamCode },
);
