/** `group_open_http_svc/get_group_info`: full or filtered profiles of up to 50 groups (../shared/im-api/10-groups-core.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import {
  groupIdRefSchema,
  groupInfoFieldSchema,
  groupInfoShape,
  groupMemberSchema,
  memberInfoFieldSchema,
} from '../../group';
import { boundedArray } from '../../rules';

/** Most groups one call may ask for. */
export const GET_GROUP_INFO_MAX_GROUPS = 50;

/** `ResponseFilter`: base fields, member fields (needed to get `MemberList` at all) and custom keys (§2.10). */
export const groupInfoResponseFilterSchema = z.object({
  GroupBaseInfoFilter: z.array(groupInfoFieldSchema).optional(),
  MemberInfoFilter: z.array(memberInfoFieldSchema).optional(),
  AppDefinedDataFilter_Group: z.array(z.string()).optional(),
  AppDefinedDataFilter_GroupMember: z.array(z.string()).optional(),
});

/** Request: 1–50 group IDs and an optional filter. */
export const getGroupInfoRequestSchema = z.object({
  GroupIdList: boundedArray(groupIdRefSchema, GET_GROUP_INFO_MAX_GROUPS),
  ResponseFilter: groupInfoResponseFilterSchema.optional(),
});

/** One group's answer: its ID and per-group result always; the fields the filter selected. */
export const groupInfoItemSchema = z.looseObject({
  GroupId: z.string(),
  ErrorCode: z.number().int(),
  ErrorInfo: z.string(),
  ...groupInfoShape,
  MemberList: z.array(groupMemberSchema).optional(),
});

/** One group in a `get_group_info` answer. */
export type GroupInfoItem = z.infer<typeof groupInfoItemSchema>;

/** Response: one entry per requested group, in request order, each with its own `ErrorCode`. */
export const getGroupInfoResponseSchema = imResponse({
  GroupInfo: z.array(groupInfoItemSchema).optional(),
});

/** Get the profiles (base fields, members, custom data) of up to 50 groups. */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'get_group_info',
  summary: 'Get group profiles',
  doc: '10-groups-core.md',
  access: 'read',
  request: getGroupInfoRequestSchema,
  response: getGroupInfoResponseSchema,
  batch: [{ field: 'GroupIdList', max: GET_GROUP_INFO_MAX_GROUPS }],
  rate: DEFAULT_RATE,
});

export type GetGroupInfoRequest = z.infer<typeof getGroupInfoRequestSchema>;
export type GetGroupInfoResponse = z.infer<typeof getGroupInfoResponseSchema>;
