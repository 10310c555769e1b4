/** `group_open_http_svc/import_group_member`: add members to a migrated group (../shared/im-api/11-groups-messages.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { groupIdRefSchema, settableRoleSchema } from '../../group';
import { boundedArray, uint32Schema, unixSecondsSchema, userIdSchema } from '../../rules';

/**
 * Most members per call: 300 (seed, tencentcloud.com 2024), which the schema enforces. Current
 * cloud.tencent.com pages say 100 and most recently 20; README "Decisions": the console batches by the smaller.
 */
export const IMPORT_GROUP_MEMBER_MAX = 300;

/** The smallest cap of the newer docs. */
export const IMPORT_GROUP_MEMBER_MAX_NEWER = 20;

/** One member: account, role (`Admin`, or `Member` = the default; the owner cannot be imported), join time, unread count. */
export const importGroupMemberItemSchema = z.object({
  Member_Account: userIdSchema,
  Role: settableRoleSchema.optional(),
  JoinTime: unixSecondsSchema.optional(),
  UnreadMsgNum: uint32Schema.optional(),
});

/** Request: the group and 1–300 members. */
export const importGroupMemberRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  MemberList: boundedArray(importGroupMemberItemSchema, IMPORT_GROUP_MEMBER_MAX),
});

/** Response: per member, `Result` 0 failed, 1 imported, 2 already a member. */
export const importGroupMemberResponseSchema = imResponse({
  MemberList: z
    .array(
      z.looseObject({
        Member_Account: z.string(),
        Result: z.union([z.literal(0), z.literal(1), z.literal(2)]),
      }),
    )
    .optional(),
});

/** Import members with their original join time, role and unread count, without webhooks or tips. */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'import_group_member',
  summary: 'Import group members (migration)',
  doc: '11-groups-messages.md',
  access: 'dangerous',
  request: importGroupMemberRequestSchema,
  response: importGroupMemberResponseSchema,
  batch: [{ field: 'MemberList', max: IMPORT_GROUP_MEMBER_MAX }],
  rate: DEFAULT_RATE,
});

export type ImportGroupMemberRequest = z.infer<typeof importGroupMemberRequestSchema>;
export type ImportGroupMemberResponse = z.infer<typeof importGroupMemberResponseSchema>;
