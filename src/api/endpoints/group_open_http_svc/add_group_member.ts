/** `group_open_http_svc/add_group_member`: add users to a group (../shared/im-api/10-groups-core.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { groupIdRefSchema } from '../../group';
import { boundedArray, flag01Schema, userIdSchema } from '../../rules';

/**
 * Most members one call may add: 300 (seed and international docs), which the schema enforces.
 * The newest CN page (2026-02) says 20; README "Decisions": the console batches by the smaller.
 */
export const ADD_GROUP_MEMBER_MAX = 300;

/** The cap of the newest CN docs, for clients that must work on both old and new deployments. */
export const ADD_GROUP_MEMBER_MAX_NEWER = 20;

/** Request: the group, an optional `Silence` flag and 1–300 accounts to add. */
export const addGroupMemberRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  Silence: flag01Schema.optional(),
  MemberList: boundedArray(z.object({ Member_Account: userIdSchema }), ADD_GROUP_MEMBER_MAX),
});

/** Per-user `Result`: 0 failed, 1 added, 2 already a member, 3 waiting for the invitee's confirmation. */
export const addMemberResultSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

/** Response: one result per requested user, in request order. */
export const addGroupMemberResponseSchema = imResponse({
  MemberList: z
    .array(z.looseObject({ Member_Account: z.string(), Result: addMemberResultSchema }))
    .optional(),
});

/** Add users to a group directly (not for AVChatRoom), optionally without notifications. */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'add_group_member',
  summary: 'Add group members',
  doc: '10-groups-core.md',
  access: 'write',
  request: addGroupMemberRequestSchema,
  response: addGroupMemberResponseSchema,
  batch: [{ field: 'MemberList', max: ADD_GROUP_MEMBER_MAX }],
  rate: DEFAULT_RATE,
});

export type AddGroupMemberRequest = z.infer<typeof addGroupMemberRequestSchema>;
export type AddGroupMemberResponse = z.infer<typeof addGroupMemberResponseSchema>;
