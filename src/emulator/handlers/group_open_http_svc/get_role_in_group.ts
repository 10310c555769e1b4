/** `group_open_http_svc/get_role_in_group`: users' roles in a group (../shared/im-api/10-groups-core.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/get_role_in_group';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { groupIdParamCode, requireGroup } from './group-common';

/** One answer per requested account in request order (duplicates echoed); outsiders are `NotMember`. AVChatRoom → 10007. */
export const getRoleInGroup = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    if (g.type === 'AVChatRoom') throw new ImFailure(10007, 'AVChatRoom does not support this operation');
    return {
      UserIdList: req.User_Account.map((Member_Account) => ({
        Member_Account,
        Role: g.members.get(Member_Account)?.role ?? ('NotMember' as const),
      })),
    };
  },
  { paramCode: groupIdParamCode },
);
