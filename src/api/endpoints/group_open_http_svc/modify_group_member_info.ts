/** `group_open_http_svc/modify_group_member_info`: change one member's profile (../shared/im-api/10-groups-core.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import {
  GROUP_LIMITS,
  appMemberDefinedDataSchema,
  groupIdRefSchema,
  msgFlagSchema,
  muteTimeSchema,
  settableRoleSchema,
} from '../../group';
import { bytes, userIdSchema } from '../../rules';

/**
 * Request: the group and member, plus any of role (`Admin`/`Member`, never `Owner`), receive flag,
 * name card (≤ 50 bytes), member custom data and a mute duration in seconds. The legacy
 * `ShutUpTime` spelling of `MuteTime` is accepted (10-groups-core.md §2.13).
 */
export const modifyGroupMemberInfoRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  Member_Account: userIdSchema,
  Role: settableRoleSchema.optional(),
  MsgFlag: msgFlagSchema.optional(),
  NameCard: bytes(GROUP_LIMITS.nameCardBytes).optional(),
  AppMemberDefinedData: appMemberDefinedDataSchema.optional(),
  MuteTime: muteTimeSchema.optional(),
  ShutUpTime: muteTimeSchema.optional(),
});

/** Response: the envelope only. */
export const modifyGroupMemberInfoResponseSchema = imResponse({});

/** Appoint or dismiss an admin, set a member's receive flag, name card, custom data, or mute them. */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'modify_group_member_info',
  summary: "Modify a member's profile",
  doc: '10-groups-core.md',
  access: 'write',
  request: modifyGroupMemberInfoRequestSchema,
  response: modifyGroupMemberInfoResponseSchema,
  rate: DEFAULT_RATE,
});

export type ModifyGroupMemberInfoRequest = z.infer<typeof modifyGroupMemberInfoRequestSchema>;
export type ModifyGroupMemberInfoResponse = z.infer<typeof modifyGroupMemberInfoResponseSchema>;
