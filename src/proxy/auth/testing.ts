/**
 * Test support for anything that talks to the proxy as a signed-in operator: cheap scrypt
 * parameters, operators seeded straight into the store, and session cookies minted without a login
 * round trip. Used by the proxy's own tests and by other helpers' (fuzz, audit) tests.
 */
import type { Role } from '../../api/roles';
import type { AuditActor, AuditCallEnd, AuditCallStart, AuditEvent, AuditLog } from '../audit/types';
import type { Access, Caller } from './access';
import { SESSION_COOKIE } from './http';
import { hashPassword, type ScryptParams } from './passwords';
import type { OperatorRecord } from './store';

/** scrypt parameters that make a hash take a millisecond (tests only; production uses the defaults). */
export const testScrypt: ScryptParams = { N: 1024, r: 8, p: 1 };

/** The password `addOperator` gives unless told otherwise. */
export const TEST_PASSWORD = 'correct horse battery staple';

/** Seeds an operator. */
export async function addOperator(
  access: Access,
  username: string,
  role: Role,
  opts: { password?: string; mustChangePassword?: boolean; disabled?: boolean } = {},
): Promise<OperatorRecord> {
  const op = access.store.createOperator({
    username,
    role,
    passwordHash: await hashPassword(opts.password ?? TEST_PASSWORD, testScrypt),
    mustChangePassword: opts.mustChangePassword ?? false,
  });
  if (opts.disabled) access.store.updateOperator(op.id, { disabled: true });
  return access.store.getOperator(op.id)!;
}

/** A `Cookie` header value holding a fresh session of the operator. */
export function cookieFor(access: Access, operatorId: number, ip = '127.0.0.1'): string {
  const { token } = access.store.createSession(operatorId, ip, 'vitest');
  return `${SESSION_COOKIE}=${token}`;
}

/** A caller as the forwarder sees it, without a database (forwarder unit tests). */
export function testCaller(role: Role, extra: { mustChangePassword?: boolean } = {}): Caller {
  const operator = {
    id: 1,
    username: `${role}-op`,
    displayName: '',
    role,
    disabled: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    lastLoginAt: null,
    mustChangePassword: extra.mustChangePassword ?? false,
  };
  const actor: AuditActor = { operatorId: 1, username: operator.username, role, ip: '127.0.0.1' };
  return {
    session: {
      rowId: 1,
      id: 'test-session',
      operator,
      createdAtMs: 0,
      lastSeenAtMs: 0,
      expiresAtMs: Number.MAX_SAFE_INTEGER,
      idleExpiresAtMs: Number.MAX_SAFE_INTEGER,
    },
    operator,
    actor,
  };
}

/** An audit log that keeps what it is told in arrays (and can be told to fail). */
export function recordingAudit(): AuditLog & {
  begun: AuditCallStart[];
  finished: { id: number; end: AuditCallEnd }[];
  events: AuditEvent[];
  failBegin: boolean;
} {
  const log = {
    begun: [] as AuditCallStart[],
    finished: [] as { id: number; end: AuditCallEnd }[],
    events: [] as AuditEvent[],
    failBegin: false,
    beginCall(start: AuditCallStart): number {
      if (log.failBegin) throw new Error('disk full');
      log.begun.push(start);
      return log.begun.length;
    },
    finishCall(id: number, end: AuditCallEnd): void {
      log.finished.push({ id, end });
    },
    record(event: AuditEvent): void {
      log.events.push(event);
    },
  };
  return log;
}
