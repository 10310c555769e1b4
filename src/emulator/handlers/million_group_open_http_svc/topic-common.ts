/** Rules the four topic endpoints share (../shared/im-api/09-topics.md §0, §3). */
import type { HandlerContext } from '../../handler';
import { ImFailure } from '../../im-failure';
import type { GroupRecord } from '../../state/groups-model';
import { requireGroup, supportsTopics } from '../group_open_http_svc/group-common';

/** Per-topic code for an unknown topic (`destroy_topic`, `get_topic`; the real code is unclear, 09-topics.md). */
export const TOPIC_NOT_FOUND_CODE = 110002;

/** The live community with topics enabled: unknown or disbanded → 10010, any other group → 11000. */
export function requireTopicGroup(ctx: HandlerContext, groupId: string): GroupRecord {
  const g = requireGroup(ctx, groupId);
  if (!supportsTopics(g)) throw new ImFailure(11000, 'the group is not a Community with topics enabled');
  return g;
}
