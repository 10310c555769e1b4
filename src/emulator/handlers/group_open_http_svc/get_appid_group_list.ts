/** `group_open_http_svc/get_appid_group_list`: every live group ID, paged by `Next` (../shared/im-api/10-groups-core.md). */
import {
  APPID_GROUP_LIST_MAX_LIMIT,
  endpoint,
} from '../../../api/endpoints/group_open_http_svc/get_appid_group_list';
import { GROUP_TYPE_ALIASES } from '../../../api/group';
import { defineHandler } from '../../handler';

/**
 * Lists live groups in creation order, filtered by `GroupType` (`Work`/`Meeting` accepted; `BChatRoom`
 * matches nothing). `Next` means "after creation sequence `Next`"; the answer's `Next` is the last
 * returned group's sequence while more remain, else 0, so groups created or disbanded between pages
 * cause no skips or repeats. `TotalCount` counts after the filter, before paging. `Limit` 0 or
 * omitted = 10000 (emulator choice).
 */
export const getAppidGroupList = defineHandler(endpoint, (req, ctx) => {
  const type =
    req.GroupType === 'Work' || req.GroupType === 'Meeting'
      ? GROUP_TYPE_ALIASES[req.GroupType]
      : req.GroupType;
  const all = ctx.store.groups.list().filter((g) => type === undefined || g.type === type);
  const limit = req.Limit || APPID_GROUP_LIST_MAX_LIMIT;
  const after = req.Next ?? 0;
  const rest = all.filter((g) => g.listSeq > after);
  const page = rest.slice(0, limit);
  const last = page[page.length - 1];
  return {
    TotalCount: all.length,
    GroupIdList: page.map((g) => ({ GroupId: g.groupId })),
    Next: rest.length > page.length && last ? last.listSeq : 0,
  };
});
