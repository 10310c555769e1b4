/**
 * The audit log's interface, as the rest of the proxy calls it. The implementation (`audit-log.ts`)
 * writes to the proxy's SQLite database; `beginCall` commits before it returns, so an entry is
 * durable before its call goes upstream (a crash can leave an entry `pending`, never a call without one).
 */
import type { AuditSummary } from '../../api/audit-summary';
import type { AnyEndpoint } from '../../api/endpoint';
import type { AuditKind } from './kinds';
import type { Role } from '../../api/roles';

/** Who did it, as the session knew them at the time. */
export interface AuditActor {
  operatorId: number;
  username: string;
  role: Role;
  /** The client IP (from the socket, or `X-Forwarded-For` when `TRUST_PROXY` says so). */
  ip: string;
}

/** An IM call about to go upstream: a write, a dangerous call, or a read of message content. */
export interface AuditCallStart {
  actor: AuditActor;
  endpoint: AnyEndpoint;
  /** `im_call` for writes and dangerous calls, `content_read` for transcripts and archives. */
  kind: 'im_call' | 'content_read';
  requestId: string;
  /** The request body as the operator sent it (validated JSON text). Kept up to 64 KiB. */
  body: string;
}

/** How the call ended. */
export interface AuditCallEnd {
  /** HTTP status the proxy answered the console with. */
  httpStatus: number;
  /** The IM answer's bytes when one came back (ActionStatus, ErrorCode, per-item failures are read from it). */
  answer?: Uint8Array;
  /** The proxy's own error kind when it answered itself (timeout, unreachable...). */
  proxyErrorKind?: string;
  durationMs: number;
}

/** A console event: logins, logouts, failed logins, revoked sessions, operator and password changes. */
export interface AuditEvent {
  kind: Exclude<AuditKind, 'im_call' | 'content_read'>;
  /** Who acted; null for a failed login by an unknown or wrong account. */
  actor: AuditActor | null;
  /** The client IP when there is no actor. */
  ip: string;
  /** The line for the list, structured, e.g. `{ type: 'operatorCreated', username: 'mia', role: 'marketing' }` ("created operator mia (marketing)"). */
  summary: AuditSummary;
  /** Extra detail kept as JSON (never a password). */
  details?: unknown;
}

/** What the proxy calls. */
export interface AuditLog {
  /** Records the call and commits; returns the entry id for `finishCall`. Throws if it cannot write (then the call must not go upstream). */
  beginCall(start: AuditCallStart): number;
  /** Records the outcome of a call begun with `beginCall`. Never throws (a failure is logged). */
  finishCall(id: number, end: AuditCallEnd): void;
  /** Records a console event and commits. */
  record(event: AuditEvent): void;
}
