/**
 * The proxy's own route for the chat-history area. The IM API keeps no trace of `modify_c2c_msg`
 * (03-c2c-messages.md: "the previous content is not kept", no flag on the message), so the console
 * marks as modified only the messages modified THROUGH IT, read from its audit log:
 *
 *   GET /api/history/modified?viewpoint=<UserID>&peer=<UserID>  → ModifiedList   (messages.readPrivate)
 *
 * Both directions of the pair are answered (a modification addresses the message by sender and
 * recipient, and either side's roaming view shows it). Only successful calls count.
 */
import { z } from 'zod';
import { userIdSchema } from './rules';

/** Path of the route. */
export const HISTORY_MODIFIED_PATH = '/api/history/modified';

/** Most modifications one answer lists (newest first); `truncated` says when there were more. */
export const MODIFIED_LIST_MAX = 5000;

/** Query of the route: the transcript's two sides. */
export const modifiedQuerySchema = z.object({
  viewpoint: userIdSchema,
  peer: userIdSchema,
});
export type ModifiedQuery = z.infer<typeof modifiedQuerySchema>;

/** One successful `modify_c2c_msg` made through the console. */
export const modifiedEntrySchema = z.object({
  /** The message's `MsgKey`. */
  msgKey: z.string(),
  from: z.string(),
  to: z.string(),
  /** When the proxy recorded it (ISO 8601, UTC). */
  at: z.string(),
  /** Operator username who made it (null if the audit entry has none). */
  operator: z.string().nullable(),
  /** Which fields the call replaced. */
  fields: z.array(z.enum(['MsgBody', 'CloudCustomData'])),
  /** The audit entry, for admins who want the full request. */
  auditId: z.number().int(),
});
export type ModifiedEntry = z.infer<typeof modifiedEntrySchema>;

/** Answer: newest first; one entry per modification (a message modified twice appears twice). */
export const modifiedListSchema = z.object({
  entries: z.array(modifiedEntrySchema),
  /** True when more than `MODIFIED_LIST_MAX` matched and the oldest were left out. */
  truncated: z.boolean(),
});
export type ModifiedList = z.infer<typeof modifiedListSchema>;
