/**
 * The proxy's push log: every `all_member_push/im_push` sent through the proxy, kept in its database
 * because the IM API has no list of past pushes (../shared/im-api/06-push.md). An entry is recorded
 * `pending` before the push goes upstream and finished once with the answer, so a push whose answer
 * was lost is still listed. Shared by the proxy (which answers with these shapes) and the console.
 *
 * Routes (every signed-in operator, `directory.read`):
 *   GET /api/console/push-log?…PushLogQuery → PushLogPage (newest first, keyset paging)
 *   GET /api/console/push-log/:id           → PushLogEntry
 */
import { z } from 'zod';
import { roleSchema } from './roles';

/** How a push ended: `pending` = sent, no answer recorded (yet, or ever: a crash or a timeout). */
export const pushOutcomes = ['pending', 'ok', 'failed'] as const;
export const pushOutcomeSchema = z.enum(pushOutcomes);
export type PushOutcome = (typeof pushOutcomes)[number];

/** Who a push went to: every user, or a segment by tags or by attributes (06 §1.4). */
export const pushAudienceKinds = ['all', 'tags', 'attrs'] as const;
export const pushAudienceKindSchema = z.enum(pushAudienceKinds);
export type PushAudienceKind = (typeof pushAudienceKinds)[number];

/** One push as the log keeps it. */
export const pushLogEntrySchema = z.object({
  id: z.number().int(),
  /** When the push was recorded (before it went upstream), ISO 8601 UTC. */
  at: z.string(),
  /** The operator's username at the time. */
  operator: z.string(),
  role: roleSchema,
  /** The `im_push` request body as sent (validated by the contract before it was recorded). */
  request: z.record(z.string(), z.unknown()),
  audience: pushAudienceKindSchema,
  /** The push task id from the answer; null until (or unless) the IM service gave one. */
  taskId: z.string().nullable(),
  outcome: pushOutcomeSchema,
  /** The answer's `ActionStatus` (`OK`/`FAIL`), null when no IM answer came back. */
  actionStatus: z.string().nullable(),
  errorCode: z.number().int().nullable(),
  /** The IM `ErrorInfo`, or the proxy's own reason (timeout, unreachable…) when no answer came back. */
  errorInfo: z.string().nullable(),
  /** The proxy's request id (`X-Request-Id`), shared with the audit log entry of the same call. */
  requestId: z.string(),
  /** When the outcome was recorded, ISO 8601 UTC; null while pending. */
  finishedAt: z.string().nullable(),
});
export type PushLogEntry = z.infer<typeof pushLogEntrySchema>;

const CURSOR = /^[1-9][0-9]{0,14}$/;

/** Filters of the push log, as query parameters; `cursor` is the `nextCursor` of the previous page. */
export const pushLogQuerySchema = z
  .object({
    operator: z.string().min(1).max(64, { message: 'must be at most 64 characters' }).optional(),
    outcome: pushOutcomeSchema.optional(),
    audience: pushAudienceKindSchema.optional(),
    /** ISO time, inclusive. */
    from: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }).optional(),
    /** ISO time, exclusive. */
    to: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }).optional(),
    /** Free text found in the request body (message text, tags, attribute values…) or the TaskId. */
    q: z.string().min(1).max(100, { message: 'must be at most 100 characters' }).optional(),
    cursor: z.string().regex(CURSOR, { message: 'must be the nextCursor of a previous page' }).optional(),
    limit: z.coerce
      .number()
      .int({ message: 'must be a whole number' })
      .min(1, { message: 'must be 1 to 500' })
      .max(500, { message: 'must be 1 to 500' })
      .default(100),
  })
  .refine((v) => v.from === undefined || v.to === undefined || Date.parse(v.from) < Date.parse(v.to), {
    message: 'must be later than from',
    path: ['to'],
  });
export type PushLogQuery = z.infer<typeof pushLogQuerySchema>;

/** Newest first; `nextCursor` null on the last page. */
export const pushLogPageSchema = z.object({
  entries: z.array(pushLogEntrySchema),
  nextCursor: z.string().nullable(),
});
export type PushLogPage = z.infer<typeof pushLogPageSchema>;

/** The audience kind of an `im_push` request body: no `Condition` = everyone. */
export function audienceKindOf(request: { Condition?: unknown }): PushAudienceKind {
  const c = request.Condition;
  if (c === undefined || c === null || typeof c !== 'object') return 'all';
  return 'TagsAnd' in c || 'TagsOr' in c ? 'tags' : 'attrs';
}
