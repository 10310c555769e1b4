/** `group_open_http_svc/get_joined_group_list`: the groups one user belongs to (../shared/im-api/10-groups-core.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import {
  groupInfoFieldSchema,
  groupInfoShape,
  groupMemberSchema,
  groupTypeSchema,
  memberInfoFieldSchema,
} from '../../group';
import { flag01Schema, userIdSchema } from '../../rules';

/** Largest page size. */
export const JOINED_GROUP_LIST_MAX_LIMIT = 5000;

/**
 * Request: the user, inclusion flags for AVChatRoom and inactive Work groups, `Limit` (≤ 5000) /
 * `Offset` paging, a type filter, field filters, and `SupportTopic` (needs `GroupType: Community`).
 */
export const getJoinedGroupListRequestSchema = z
  .object({
    Member_Account: userIdSchema,
    WithHugeGroups: flag01Schema.optional(),
    WithNoActiveGroups: flag01Schema.optional(),
    Limit: z
      .number()
      .int({ message: 'must be a whole number' })
      .min(0, { message: 'must be 0 or more' })
      .max(JOINED_GROUP_LIST_MAX_LIMIT, { message: `must be at most ${JOINED_GROUP_LIST_MAX_LIMIT}` })
      .optional(),
    Offset: z
      .number()
      .int({ message: 'must be a whole number' })
      .min(0, { message: 'must be 0 or more' })
      .optional(),
    GroupType: groupTypeSchema.optional(),
    ResponseFilter: z
      .object({
        GroupBaseInfoFilter: z.array(groupInfoFieldSchema).optional(),
        SelfInfoFilter: z.array(memberInfoFieldSchema).optional(),
      })
      .optional(),
    SupportTopic: flag01Schema.optional(),
  })
  .refine((b) => b.SupportTopic === undefined || b.GroupType === 'Community', {
    message: 'requires GroupType Community',
    path: ['SupportTopic'],
  });

/** One joined group: its ID, the requested base fields and the user's own `SelfInfo`. */
export const joinedGroupSchema = z.looseObject({
  GroupId: z.string(),
  ...groupInfoShape,
  SelfInfo: groupMemberSchema.partial({ Member_Account: true }).optional(),
});

/** One group in a `get_joined_group_list` answer. */
export type JoinedGroup = z.infer<typeof joinedGroupSchema>;

/** Response: the number of groups matching the filters (not the page) and this page. */
export const getJoinedGroupListResponseSchema = imResponse({
  TotalCount: z.number().int().optional(),
  GroupIdList: z.array(joinedGroupSchema).optional(),
});

/** List the groups a user has joined, with optional base fields and their own membership fields. */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'get_joined_group_list',
  summary: 'List the groups a user has joined',
  doc: '10-groups-core.md',
  access: 'read',
  request: getJoinedGroupListRequestSchema,
  response: getJoinedGroupListResponseSchema,
  rate: DEFAULT_RATE,
});

export type GetJoinedGroupListRequest = z.infer<typeof getJoinedGroupListRequestSchema>;
export type GetJoinedGroupListResponse = z.infer<typeof getJoinedGroupListResponseSchema>;
