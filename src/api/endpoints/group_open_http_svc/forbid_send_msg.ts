/** `group_open_http_svc/forbid_send_msg`: mute or unmute members (../shared/im-api/10-groups-core.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { groupIdRefSchema, muteTimeSchema, topicIdSchema } from '../../group';
import { boundedArray, userIdSchema } from '../../rules';

/** Most accounts one call may mute. */
export const FORBID_SEND_MSG_MAX = 500;

/**
 * Request: the group, 1–500 accounts (note the plural `Members_Account`) and `MuteTime`, a
 * duration in seconds (0 unmutes, 4294967295 is forever; README "Decisions"). The legacy
 * `ShutUpTime` spelling is accepted in its place (10-groups-core.md §2.13); one of them is required.
 */
export const forbidSendMsgRequestSchema = z
  .object({
    GroupId: groupIdRefSchema,
    Members_Account: boundedArray(userIdSchema, FORBID_SEND_MSG_MAX),
    MuteTime: muteTimeSchema.optional(),
    ShutUpTime: muteTimeSchema.optional(),
    TopicId: topicIdSchema.optional(),
  })
  .refine((b) => b.MuteTime !== undefined || b.ShutUpTime !== undefined, {
    message: 'MuteTime is required (seconds; 0 unmutes)',
    path: ['MuteTime'],
  });

/** Response: the envelope only (no per-user results). */
export const forbidSendMsgResponseSchema = imResponse({});

/** Mute users in a group for a number of seconds, or unmute them (not for Work groups). */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'forbid_send_msg',
  summary: 'Mute or unmute group members',
  doc: '10-groups-core.md',
  access: 'write',
  request: forbidSendMsgRequestSchema,
  response: forbidSendMsgResponseSchema,
  batch: [{ field: 'Members_Account', max: FORBID_SEND_MSG_MAX }],
  rate: DEFAULT_RATE,
});

export type ForbidSendMsgRequest = z.infer<typeof forbidSendMsgRequestSchema>;
export type ForbidSendMsgResponse = z.infer<typeof forbidSendMsgResponseSchema>;
