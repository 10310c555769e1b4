/** `group_open_http_svc/change_group_owner`: transfer ownership (../shared/im-api/11-groups-messages.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/change_group_owner';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { groupIdParamCode, requireGroup } from './group-common';

/**
 * The new owner must be a member (else 10004); the old owner (if any) becomes a `Member`; the
 * current owner again is a no-op success. AVChatRoom → 10007. Also gives an ownerless group an owner.
 */
export const changeGroupOwner = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    if (g.type === 'AVChatRoom') throw new ImFailure(10007, 'AVChatRoom does not support ownership transfer');
    const next = g.members.get(req.NewOwner_Account);
    if (!next) throw new ImFailure(10004, `${req.NewOwner_Account} is not a member of this group`);
    if (g.owner === next.account) return {};
    const previous = g.members.get(g.owner);
    if (previous) previous.role = 'Member';
    next.role = 'Owner';
    g.owner = next.account;
    g.infoSeq++;
    g.lastInfoTime = ctx.nowSeconds;
    return {};
  },
  { paramCode: groupIdParamCode },
);
