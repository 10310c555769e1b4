/** `group_open_http_svc/delete_group_member`: remove members from a group (../shared/im-api/10-groups-core.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { groupIdRefSchema } from '../../group';
import { boundedArray, flag01Schema, userIdSchema } from '../../rules';

/** Most accounts one call may remove. */
export const DELETE_GROUP_MEMBER_MAX = 100;

/** Request: the group, 1–100 accounts, an optional `Silence` flag and kick `Reason`. */
export const deleteGroupMemberRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  Silence: flag01Schema.optional(),
  Reason: z.string().optional(),
  MemberToDel_Account: boundedArray(userIdSchema, DELETE_GROUP_MEMBER_MAX),
});

/** Response: the envelope only (non-members are skipped silently). */
export const deleteGroupMemberResponseSchema = imResponse({});

/** Kick members out of a group (not for AVChatRoom). */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'delete_group_member',
  summary: 'Remove group members',
  doc: '10-groups-core.md',
  access: 'write',
  request: deleteGroupMemberRequestSchema,
  response: deleteGroupMemberResponseSchema,
  batch: [{ field: 'MemberToDel_Account', max: DELETE_GROUP_MEMBER_MAX }],
  rate: DEFAULT_RATE,
});

export type DeleteGroupMemberRequest = z.infer<typeof deleteGroupMemberRequestSchema>;
export type DeleteGroupMemberResponse = z.infer<typeof deleteGroupMemberResponseSchema>;
