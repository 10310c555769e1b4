/** `group_open_http_svc/import_group`: create a group for migration (../shared/im-api/11-groups-messages.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/import_group';
import { canonicalGroupType } from '../../../api/group';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { buildGroup } from './create_group';

/**
 * Like `create_group` without members: `CreateTime` as given (else now, never in the future → 10004),
 * the owner joins at `CreateTime`, a taken custom ID → 10021, AVChatRoom → 10007. No webhooks, no tips.
 */
export const importGroup = defineHandler(
  endpoint,
  (req, ctx) => {
    const createTime = req.CreateTime ?? ctx.nowSeconds;
    if (createTime > ctx.nowSeconds) throw new ImFailure(10004, 'CreateTime must not be in the future');
    const g = buildGroup(ctx, req, canonicalGroupType(req.Type), createTime, 10021);
    ctx.store.groups.add(g);
    return { GroupId: g.groupId };
  },
  {
    // The contract leaves AVChatRoom out of the accepted types; the service answers 10007 for it.
    paramCode: (issue, body) => (issue.path[0] === 'Type' && body.Type === 'AVChatRoom' ? 10007 : undefined),
  },
);
