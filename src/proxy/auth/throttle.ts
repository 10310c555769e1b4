/**
 * Login throttling, per account and per client IP, stored in SQLite so a restart does not lift a
 * lock. An account (known or not: the answer must not reveal which) is locked for `lockMs` once it
 * has `maxFailures` failed logins within `windowMs`; an IP likewise with `maxIpFailures` (higher,
 * because a whole office may share one address). While locked, attempts are refused unchecked and
 * not counted, so the lock ends when it says it will.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/database';

export interface ThrottleOptions {
  nowMs?: () => number;
  /** Failures per account within the window that lock it (default 5). */
  maxFailures?: number;
  /** Failures per client IP within the window that lock it (default 50). */
  maxIpFailures?: number;
  /** The window, in milliseconds (default 15 minutes). */
  windowMs?: number;
  /** How long a lock lasts, in milliseconds (default 15 minutes). */
  lockMs?: number;
}

/** A lock in force: until when, and on what. */
export interface Lock {
  untilMs: number;
  scope: 'account' | 'ip';
}

export const throttleDefaults = {
  maxFailures: 5,
  maxIpFailures: 50,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
} as const;

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

/**
 * Account keys are case-folded so `Admin` and `admin` share one counter, and stored hashed: what
 * people type as a username is sometimes their password.
 */
const accountKey = (username: string) =>
  createHash('sha256').update(username.trim().toLowerCase().slice(0, 64)).digest('hex');

export function createLoginThrottle(db: Db, opts: ThrottleOptions = {}) {
  const nowMs = opts.nowMs ?? Date.now;
  const maxFailures = opts.maxFailures ?? throttleDefaults.maxFailures;
  const maxIpFailures = opts.maxIpFailures ?? throttleDefaults.maxIpFailures;
  const windowMs = opts.windowMs ?? throttleDefaults.windowMs;
  const lockMs = opts.lockMs ?? throttleDefaults.lockMs;

  const recent = db.prepare(
    'SELECT at_ms FROM login_failures WHERE scope = ? AND key = ? ORDER BY at_ms DESC LIMIT ?',
  );
  const insert = db.prepare('INSERT INTO login_failures (scope, key, at_ms) VALUES (?, ?, ?)');
  const clear = db.prepare("DELETE FROM login_failures WHERE scope = 'account' AND key = ?");
  const prune = db.prepare('DELETE FROM login_failures WHERE at_ms < ?');

  /** When the key's lock ends, if its newest `max` failures fall within one window. */
  function lockedUntil(scope: 'account' | 'ip', key: string, max: number): number | null {
    const rows = recent.all(scope, key, max) as { at_ms: number }[];
    if (rows.length < max) return null;
    const newest = rows[0]!.at_ms;
    const oldest = rows[max - 1]!.at_ms;
    if (newest - oldest > windowMs) return null;
    const until = newest + lockMs;
    return until > nowMs() ? until : null;
  }

  return {
    maxFailures,
    windowMs,
    lockMs,
    /** The lock that refuses a login for this account or IP right now, or null. */
    check(username: string, ip: string): Lock | null {
      const account = lockedUntil('account', accountKey(username), maxFailures);
      const byIp = lockedUntil('ip', ip, maxIpFailures);
      if (account === null && byIp === null) return null;
      if (byIp === null || (account !== null && account >= byIp))
        return { untilMs: account!, scope: 'account' };
      return { untilMs: byIp, scope: 'ip' };
    },
    /** Counts a failed login; returns the lock it causes, if any. */
    recordFailure(username: string, ip: string): Lock | null {
      const now = nowMs();
      db.transaction(() => {
        insert.run('account', accountKey(username), now);
        insert.run('ip', ip, now);
        prune.run(now - windowMs - lockMs);
      })();
      return this.check(username, ip);
    },
    /** A successful login clears the account's failures (not the IP's). */
    recordSuccess(username: string): void {
      clear.run(accountKey(username));
    },
  };
}
