/** `group_open_http_svc/get_role_in_group`: users' roles in a group (../shared/im-api/10-groups-core.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { groupIdRefSchema, roleInGroupSchema } from '../../group';
import { boundedArray, userIdSchema } from '../../rules';

/** Most accounts one call may check. */
export const GET_ROLE_IN_GROUP_MAX = 500;

/** Request: the group and 1–500 UserIDs. */
export const getRoleInGroupRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  User_Account: boundedArray(userIdSchema, GET_ROLE_IN_GROUP_MAX),
});

/** Response: one entry per requested user: `Owner`, `Admin`, `Member` or `NotMember`. */
export const getRoleInGroupResponseSchema = imResponse({
  UserIdList: z.array(z.looseObject({ Member_Account: z.string(), Role: roleInGroupSchema })).optional(),
});

/** Tell for each user whether they own, administer, belong to, or are outside a group. */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'get_role_in_group',
  summary: "Query users' roles in a group",
  doc: '10-groups-core.md',
  access: 'read',
  request: getRoleInGroupRequestSchema,
  response: getRoleInGroupResponseSchema,
  batch: [{ field: 'User_Account', max: GET_ROLE_IN_GROUP_MAX }],
  rate: DEFAULT_RATE,
});

export type GetRoleInGroupRequest = z.infer<typeof getRoleInGroupRequestSchema>;
export type GetRoleInGroupResponse = z.infer<typeof getRoleInGroupResponseSchema>;
