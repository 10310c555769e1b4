/**
 * `group_open_http_svc/send_group_system_notification`: an online-only system notice to a
 * group's members (../shared/im-api/11-groups-messages.md).
 */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { groupIdRefSchema, topicIdSchema } from '../../group';
import { boundedArray, userIdSchema } from '../../rules';

/**
 * Most recipients per call: 500 (seed), which the schema enforces. The current docs say 50;
 * README "Decisions": the console batches by the smaller.
 */
export const SYSTEM_NOTIFICATION_MAX_RECIPIENTS = 500;

/** The cap of the current docs. */
export const SYSTEM_NOTIFICATION_MAX_RECIPIENTS_NEWER = 50;

/** Request: the group, the text, optional recipients (absent or empty = every member) and topic. */
export const sendGroupSystemNotificationRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  ToMembers_Account: boundedArray(userIdSchema, SYSTEM_NOTIFICATION_MAX_RECIPIENTS, 0).optional(),
  Content: z.string().min(1, { message: 'must not be empty' }),
  TopicId: topicIdSchema.optional(),
});

/** Response: the envelope only. */
export const sendGroupSystemNotificationResponseSchema = imResponse({});

/** Push a short, non-stored notice to the online members of a group. */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'send_group_system_notification',
  summary: 'Send a group system notification',
  doc: '11-groups-messages.md',
  access: 'write',
  request: sendGroupSystemNotificationRequestSchema,
  response: sendGroupSystemNotificationResponseSchema,
  batch: [{ field: 'ToMembers_Account', max: SYSTEM_NOTIFICATION_MAX_RECIPIENTS }],
  rate: DEFAULT_RATE,
});

export type SendGroupSystemNotificationRequest = z.infer<typeof sendGroupSystemNotificationRequestSchema>;
export type SendGroupSystemNotificationResponse = z.infer<typeof sendGroupSystemNotificationResponseSchema>;
