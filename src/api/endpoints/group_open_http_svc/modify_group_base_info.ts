/** `group_open_http_svc/modify_group_base_info`: change a group's profile (../shared/im-api/10-groups-core.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import {
  GROUP_LIMITS,
  appDefinedDataSchema,
  applyJoinOptionSchema,
  groupIdRefSchema,
  inviteJoinOptionSchema,
  onOffSchema,
} from '../../group';
import { bytes, flag01Schema, nonEmptyBytes, userIdSchema } from '../../rules';

/**
 * Request: the group and only the fields to change. `AppDefinedData` upserts (`Value: ""` deletes).
 * The legacy `ShutUpAllMember` spelling of `MuteAllMember` is accepted (10-groups-core.md §2.13).
 */
export const modifyGroupBaseInfoRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  Name: nonEmptyBytes(GROUP_LIMITS.nameBytes).optional(),
  Introduction: bytes(GROUP_LIMITS.introductionBytes).optional(),
  Notification: bytes(GROUP_LIMITS.notificationBytes).optional(),
  FaceUrl: bytes(GROUP_LIMITS.faceUrlBytes).optional(),
  MaxMemberNum: z
    .number()
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be 1 or more' })
    .optional(),
  ApplyJoinOption: applyJoinOptionSchema.optional(),
  MuteAllMember: onOffSchema.optional(),
  ShutUpAllMember: onOffSchema.optional(),
  AppDefinedData: appDefinedDataSchema.optional(),
  InviteJoinOption: inviteJoinOptionSchema.optional(),
  From_Account: userIdSchema.optional(),
  EnablePermission: flag01Schema.optional(),
  DefaultPermission: z.number().int().min(0).optional(),
  HistoryMsgBeforeJoin: onOffSchema.optional(),
});

/** Response: the envelope only. */
export const modifyGroupBaseInfoResponseSchema = imResponse({});

/** Change a group's name, introduction, notification, avatar, cap, join option, mute-all or custom data. */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'modify_group_base_info',
  summary: 'Modify a group profile',
  doc: '10-groups-core.md',
  access: 'write',
  request: modifyGroupBaseInfoRequestSchema,
  response: modifyGroupBaseInfoResponseSchema,
  rate: DEFAULT_RATE,
});

export type ModifyGroupBaseInfoRequest = z.infer<typeof modifyGroupBaseInfoRequestSchema>;
export type ModifyGroupBaseInfoResponse = z.infer<typeof modifyGroupBaseInfoResponseSchema>;
