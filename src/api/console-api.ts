/**
 * The proxy's own API (everything under `/api/` that is not `/api/im/*`): operator sessions, the
 * operators page, the audit log. Shared by the proxy, which answers with these shapes, and the
 * console, which parses them. Times are ISO 8601 strings in UTC. Errors use `proxy-error.ts`.
 *
 * Routes (all JSON; every state-changing one also passes the proxy's Origin / Sec-Fetch-Site check):
 *   POST   /api/session/login            {username, password} → SessionInfo (sets the session cookie)
 *   POST   /api/session/logout           → 204 (clears the cookie, ends the session)
 *   GET    /api/session                  → SessionInfo, or 401 `unauthenticated`
 *   POST   /api/session/password         {currentPassword, newPassword} → 204 (own password)
 *   GET    /api/sessions                 → SessionList (own sessions; every session for admins)
 *   DELETE /api/sessions/:id             → 204 (revoke; own sessions, or any for admins)
 *   GET    /api/operators                → OperatorList                         (admin)
 *   POST   /api/operators                CreateOperator → CreatedOperator       (admin)
 *   PATCH  /api/operators/:id            UpdateOperator → Operator              (admin)
 *   POST   /api/operators/:id/password   ResetPassword → CreatedOperator        (admin)
 *   GET    /api/audit?…AuditQuery        → AuditPage                            (admin)
 *   GET    /api/audit/:id                → AuditEntryDetail                     (admin)
 *   GET    /api/audit/export.csv?…       → text/csv of every entry the filters match (admin)
 */
import { z } from 'zod';
import { auditSummarySchema } from './audit-summary';
import { roleSchema } from './roles';

/** Shortest password the proxy accepts, for every operator. */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest password (scrypt hashes any length; this only bounds request sizes). */
export const MAX_PASSWORD_LENGTH = 256;

/** Operator login names: what people type; lower-case letters, digits, `.`, `_`, `-`. */
export const usernameSchema = z
  .string()
  .min(2, 'must be 2 to 64 characters')
  .max(64, 'must be 2 to 64 characters')
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'may hold lower-case letters, digits, ".", "_" and "-", starting with a letter or digit',
  );

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);

/** An operator as the console sees it (never the password hash). */
export const operatorSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  disabled: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
  /** True while the operator must choose a new password at next login (after a reset). */
  mustChangePassword: z.boolean(),
});
export type Operator = z.infer<typeof operatorSchema>;

/** The signed-in operator and their session's limits. */
export const sessionInfoSchema = z.object({
  operator: operatorSchema,
  session: z.object({
    id: z.string(),
    createdAt: z.string(),
    /** When the session ends regardless of activity (absolute lifetime). */
    expiresAt: z.string(),
    /** When it ends if unused (idle timeout), moving with each request. */
    idleExpiresAt: z.string(),
  }),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const loginRequestSchema = z.object({
  username: z.string().min(1, 'is required').max(64),
  password: z.string().min(1, 'is required').max(MAX_PASSWORD_LENGTH),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/**
 * A refused login carries no hint whether the account exists (401 `unauthenticated`); a locked one
 * answers 429 `locked` with `retryAfterSeconds` and `Retry-After`, and says when in its message.
 */
export const lockedDetailSchema = z.object({
  retryAfterSeconds: z.number().int().nonnegative(),
  until: z.string(),
});

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1, 'is required').max(MAX_PASSWORD_LENGTH),
  newPassword: passwordSchema,
});

export const sessionRowSchema = z.object({
  /** Opaque public id of the session (not the cookie value). */
  id: z.string(),
  operatorId: z.number().int(),
  username: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string(),
  userAgent: z.string(),
  /** The session making this request. */
  current: z.boolean(),
});
export const sessionListSchema = z.object({ sessions: z.array(sessionRowSchema) });
export type SessionRow = z.infer<typeof sessionRowSchema>;

export const operatorListSchema = z.object({ operators: z.array(operatorSchema) });

export const createOperatorRequestSchema = z.object({
  username: usernameSchema,
  displayName: z.string().max(100, 'must be at most 100 characters').optional(),
  role: roleSchema,
  /** Omitted: the proxy generates one and answers it once. */
  password: passwordSchema.optional(),
});
export type CreateOperatorRequest = z.infer<typeof createOperatorRequestSchema>;

/** A new operator or a reset password: the password is shown once, only when the proxy generated it. */
export const createdOperatorSchema = z.object({
  operator: operatorSchema,
  generatedPassword: z.string().optional(),
});

export const updateOperatorRequestSchema = z
  .object({
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
    displayName: z.string().max(100, 'must be at most 100 characters').optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'names at least one of role, disabled, displayName');

export const resetPasswordRequestSchema = z.object({ password: passwordSchema.optional() });

/** What a logged call achieved. `pending` = recorded before forwarding, no outcome yet (or never: a crash). */
export const auditResults = ['pending', 'ok', 'partial', 'im_error', 'refused', 'failed'] as const;
export const auditResultSchema = z.enum(auditResults);

/** Kinds of audited events: IM calls (writes, dangerous calls, message-content reads) and console events. */
export const auditKinds = [
  'im_call',
  'content_read',
  'login',
  'login_failed',
  'logout',
  'session_revoked',
  'operator_change',
  'password_change',
] as const;
export const auditKindSchema = z.enum(auditKinds);
export type AuditKind = (typeof auditKinds)[number];

/** One audit entry as listed. */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  kind: auditKindSchema,
  operatorId: z.number().int().nullable(),
  /** Username at the time (kept even if the operator is renamed or disabled later). */
  username: z.string().nullable(),
  role: roleSchema.nullable(),
  /** `service/command` for IM calls, else null. */
  endpoint: z.string().nullable(),
  access: z.enum(['read', 'write', 'dangerous']).nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  result: auditResultSchema,
  httpStatus: z.number().int().nullable(),
  actionStatus: z.string().nullable(),
  errorCode: z.number().int().nullable(),
  /** Items of a batch call that failed (from the answer's per-item results). */
  failedItems: z.number().int().nullable(),
  durationMs: z.number().nullable(),
  /** One line for the list in English: "account_delete of 3 accounts", "login from 10.0.0.1"... (the CSV's `summary`). */
  summary: z.string(),
  /**
   * The same summary as data, for the console to render in the operator's language
   * (`renderAuditSummary`); null for entries recorded before the proxy kept it (shown by `summary`).
   */
  summaryData: auditSummarySchema.nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** One entry with its request and response bodies (each kept whole up to 64 KiB, then truncated with a marker). */
export const auditEntryDetailSchema = auditEntrySchema.extend({
  requestBody: z.string().nullable(),
  requestTruncated: z.boolean(),
  responseBody: z.string().nullable(),
  responseTruncated: z.boolean(),
});
export type AuditEntryDetail = z.infer<typeof auditEntryDetailSchema>;

/** Filters of the audit page, as query parameters; `cursor` is the `nextCursor` of the previous page. */
export const auditQuerySchema = z.object({
  operator: z.string().max(64).optional(),
  endpoint: z.string().max(201).optional(),
  kind: auditKindSchema.optional(),
  result: auditResultSchema.optional(),
  /** ISO time, inclusive. */
  from: z.iso.datetime({ offset: true }).optional(),
  /** ISO time, exclusive. */
  to: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** Newest first; `nextCursor` null on the last page. */
export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  nextCursor: z.string().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

/** Most bytes of a request or response body kept in an audit entry; longer ones end with the marker. */
export const AUDIT_BODY_MAX_BYTES = 64 * 1024;
export const AUDIT_TRUNCATION_MARKER = '…[truncated by the audit log]';
