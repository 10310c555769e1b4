/** `all_member_push/im_push`: push one message to every user or to an attribute/tag segment (../shared/im-api/06-push.md). */
import { z } from 'zod';
import { defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { msgBodySchema, offlinePushInfoSchema } from '../../elements';
import { PUSH_MSG_LIFETIME_MAX, pushConditionSchema } from '../../push';
import { uint32Schema, userIdSchema } from '../../rules';

/**
 * Request: the message, an optional sender (default: the admin), offline storage ≤ 7 days (90026),
 * the task-dedupe `MsgRandom` (same value within 7 days = same task) and an optional `Condition`.
 */
export const imPushRequestSchema = z.object({
  From_Account: userIdSchema.optional(),
  MsgRandom: uint32Schema,
  MsgLifeTime: z
    .number()
    .int({ message: 'must be a whole number of seconds' })
    .min(0, { message: 'must be 0 or more' })
    .max(PUSH_MSG_LIFETIME_MAX, { message: `must be at most ${PUSH_MSG_LIFETIME_MAX} seconds (7 days)` })
    .optional(),
  MsgBody: msgBodySchema,
  Condition: pushConditionSchema.optional(),
  OfflinePushInfo: offlinePushInfoSchema.optional(),
});

/** Response: the id of the asynchronous push task (06 §1.5). */
export const imPushResponseSchema = imResponse({ TaskId: z.string() });

/** Push a message to all users, or to the users matching an attribute or tag condition. */
export const endpoint = defineEndpoint({
  service: 'all_member_push',
  command: 'im_push',
  summary: 'Push a message to all users or to an attribute/tag segment',
  doc: '06-push.md',
  access: 'dangerous',
  request: imPushRequestSchema,
  response: imPushResponseSchema,
  batch: [
    { field: 'Condition.TagsAnd', max: 10 },
    { field: 'Condition.TagsOr', max: 10 },
  ],
  // 100 pushes a day per app, more than 1 s apart (90047, 90024; 06 §1.5).
  rate: { perSecond: 1, perDay: 100, minIntervalMs: 1000 },
});

export type ImPushRequest = z.infer<typeof imPushRequestSchema>;
export type ImPushResponse = z.infer<typeof imPushResponseSchema>;
