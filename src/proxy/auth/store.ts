/**
 * Operators and sessions in the proxy's SQLite database. Sessions are opaque 32-byte random tokens
 * handed to the browser in a cookie; the database keeps only their SHA-256, so looking one up is a
 * single indexed read. A session ends when revoked, after `idleMs` without a request, or `maxMs`
 * after login, whichever comes first; `last_seen` is written at most once a minute.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Operator } from '../../api/console-api';
import type { Role } from '../../api/roles';
import type { Db } from '../db/database';

/** How often a live session's `last_seen` is written, at most. */
export const TOUCH_INTERVAL_MS = 60_000;

/** The operator row, with the password hash (never leaves the proxy). */
export interface OperatorRecord extends Operator {
  passwordHash: string;
}

/** A live session and its operator, as the request that presented its token sees them. */
export interface ActiveSession {
  /** Internal row id. */
  rowId: number;
  /** Public id (`SessionRow.id`). */
  id: string;
  operator: Operator;
  createdAtMs: number;
  lastSeenAtMs: number;
  expiresAtMs: number;
  /** When it ends if unused from now on. */
  idleExpiresAtMs: number;
}

/** A session row for the sessions list. */
export interface SessionRecord {
  id: string;
  operatorId: number;
  username: string;
  createdAtMs: number;
  lastSeenAtMs: number;
  expiresAtMs: number;
  ip: string;
  userAgent: string;
}

interface OperatorRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  disabled: 0 | 1;
  must_change_password: 0 | 1;
  created_at_ms: number;
  last_login_at_ms: number | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

function toOperator(row: OperatorRow): OperatorRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled === 1,
    createdAt: iso(row.created_at_ms),
    lastLoginAt: row.last_login_at_ms === null ? null : iso(row.last_login_at_ms),
    mustChangePassword: row.must_change_password === 1,
    passwordHash: row.password_hash,
  };
}

/** Strips the hash. */
export function publicOperator(op: OperatorRecord): Operator {
  const { passwordHash: _hash, ...rest } = op;
  return rest;
}

/** SHA-256 of a session token, hex: what the database stores and looks up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface AccessStoreOptions {
  nowMs?: () => number;
  /** Idle timeout in milliseconds. */
  idleMs: number;
  /** Absolute session lifetime in milliseconds. */
  maxMs: number;
}

/** Operators and sessions over one database. */
export type AccessStore = ReturnType<typeof createAccessStore>;

export function createAccessStore(db: Db, opts: AccessStoreOptions) {
  const nowMs = opts.nowMs ?? Date.now;
  const { idleMs, maxMs } = opts;

  const q = {
    count: db.prepare('SELECT COUNT(*) AS n FROM operators'),
    byId: db.prepare('SELECT * FROM operators WHERE id = ?'),
    byName: db.prepare('SELECT * FROM operators WHERE username = ?'),
    list: db.prepare('SELECT * FROM operators ORDER BY username'),
    insert: db.prepare(
      `INSERT INTO operators (username, display_name, role, password_hash, must_change_password, created_at_ms)
       VALUES (@username, @displayName, @role, @passwordHash, @mustChange, @now)`,
    ),
    enabledAdmins: db.prepare("SELECT COUNT(*) AS n FROM operators WHERE role = 'admin' AND disabled = 0"),
    setPassword: db.prepare('UPDATE operators SET password_hash = ?, must_change_password = ? WHERE id = ?'),
    setLastLogin: db.prepare('UPDATE operators SET last_login_at_ms = ? WHERE id = ?'),
    insertSession: db.prepare(
      `INSERT INTO sessions (token_hash, public_id, operator_id, created_at_ms, last_seen_at_ms, expires_at_ms, ip, user_agent)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    lookup: db.prepare(
      `SELECT s.id AS s_id, s.public_id, s.created_at_ms AS s_created, s.last_seen_at_ms, s.expires_at_ms, s.revoked_at_ms, o.*
       FROM sessions s JOIN operators o ON o.id = s.operator_id WHERE s.token_hash = ?`,
    ),
    touch: db.prepare('UPDATE sessions SET last_seen_at_ms = ? WHERE id = ?'),
    revokeById: db.prepare('UPDATE sessions SET revoked_at_ms = ? WHERE id = ? AND revoked_at_ms IS NULL'),
    revokeByPublicId: db.prepare(
      'UPDATE sessions SET revoked_at_ms = ? WHERE public_id = ? AND revoked_at_ms IS NULL',
    ),
    revokeOperator: db.prepare(
      'UPDATE sessions SET revoked_at_ms = ? WHERE operator_id = ? AND revoked_at_ms IS NULL',
    ),
    revokeOperatorExcept: db.prepare(
      'UPDATE sessions SET revoked_at_ms = ? WHERE operator_id = ? AND revoked_at_ms IS NULL AND id <> ?',
    ),
    byPublicId: db.prepare(
      `SELECT s.public_id, s.operator_id, s.created_at_ms, s.last_seen_at_ms, s.expires_at_ms, s.ip, s.user_agent, o.username
       FROM sessions s JOIN operators o ON o.id = s.operator_id
       WHERE s.public_id = ? AND s.revoked_at_ms IS NULL`,
    ),
    liveSessions: db.prepare(
      `SELECT s.public_id, s.operator_id, s.created_at_ms, s.last_seen_at_ms, s.expires_at_ms, s.ip, s.user_agent, o.username
       FROM sessions s JOIN operators o ON o.id = s.operator_id
       WHERE s.revoked_at_ms IS NULL AND s.expires_at_ms > @now AND s.last_seen_at_ms > @idleSince AND o.disabled = 0
         AND (@operatorId IS NULL OR s.operator_id = @operatorId)
       ORDER BY s.last_seen_at_ms DESC LIMIT 1000`,
    ),
    pruneSessions: db.prepare('DELETE FROM sessions WHERE expires_at_ms < ? OR revoked_at_ms < ?'),
  };

  function getOperator(id: number): OperatorRecord | undefined {
    const row = q.byId.get(id) as OperatorRow | undefined;
    return row && toOperator(row);
  }

  type SessionRowDb = {
    public_id: string;
    operator_id: number;
    created_at_ms: number;
    last_seen_at_ms: number;
    expires_at_ms: number;
    ip: string;
    user_agent: string;
    username: string;
  };
  const toSession = (r: SessionRowDb): SessionRecord => ({
    id: r.public_id,
    operatorId: r.operator_id,
    username: r.username,
    createdAtMs: r.created_at_ms,
    lastSeenAtMs: r.last_seen_at_ms,
    expiresAtMs: r.expires_at_ms,
    ip: r.ip,
    userAgent: r.user_agent,
  });

  return {
    nowMs,
    idleMs,
    maxMs,

    countOperators(): number {
      return (q.count.get() as { n: number }).n;
    },
    enabledAdminCount(): number {
      return (q.enabledAdmins.get() as { n: number }).n;
    },
    getOperator,
    findOperator(username: string): OperatorRecord | undefined {
      const row = q.byName.get(username) as OperatorRow | undefined;
      return row && toOperator(row);
    },
    listOperators(): OperatorRecord[] {
      return (q.list.all() as OperatorRow[]).map(toOperator);
    },
    /** Inserts an operator; throws a SQLite constraint error when the username is taken. */
    createOperator(input: {
      username: string;
      displayName?: string;
      role: Role;
      passwordHash: string;
      mustChangePassword: boolean;
    }): OperatorRecord {
      const info = q.insert.run({
        username: input.username,
        displayName: input.displayName ?? '',
        role: input.role,
        passwordHash: input.passwordHash,
        mustChange: input.mustChangePassword ? 1 : 0,
        now: nowMs(),
      });
      return getOperator(Number(info.lastInsertRowid))!;
    },
    /**
     * Applies a role / disabled / display-name change in one transaction, refusing (returns
     * `'last_admin'`) when no enabled admin would be left. Disabling revokes every session.
     */
    updateOperator(
      id: number,
      change: { role?: Role; disabled?: boolean; displayName?: string },
    ): OperatorRecord | 'not_found' | 'last_admin' {
      return db.transaction(() => {
        const before = getOperator(id);
        if (!before) return 'not_found' as const;
        const role = change.role ?? before.role;
        const disabled = change.disabled ?? before.disabled;
        const wasEnabledAdmin = before.role === 'admin' && !before.disabled;
        const staysEnabledAdmin = role === 'admin' && !disabled;
        if (wasEnabledAdmin && !staysEnabledAdmin && (q.enabledAdmins.get() as { n: number }).n <= 1) {
          return 'last_admin' as const;
        }
        db.prepare('UPDATE operators SET role = ?, disabled = ?, display_name = ? WHERE id = ?').run(
          role,
          disabled ? 1 : 0,
          change.displayName ?? before.displayName,
          id,
        );
        if (disabled && !before.disabled) q.revokeOperator.run(nowMs(), id);
        return getOperator(id)!;
      })();
    },
    /**
     * Sets a new password hash and revokes the operator's sessions (all of them, or all but
     * `keepSessionRowId`, the session that changed its own password).
     */
    setPassword(id: number, passwordHash: string, mustChange: boolean, keepSessionRowId?: number): void {
      db.transaction(() => {
        q.setPassword.run(passwordHash, mustChange ? 1 : 0, id);
        if (keepSessionRowId === undefined) q.revokeOperator.run(nowMs(), id);
        else q.revokeOperatorExcept.run(nowMs(), id, keepSessionRowId);
      })();
    },

    /** Starts a session; returns the token for the cookie (shown once, stored only hashed). */
    createSession(
      operatorId: number,
      ip: string,
      userAgent: string,
    ): { token: string; session: ActiveSession } {
      const now = nowMs();
      const token = randomBytes(32).toString('base64url');
      const publicId = randomBytes(12).toString('base64url');
      const expires = now + maxMs;
      const info = q.insertSession.run(
        hashToken(token),
        publicId,
        operatorId,
        now,
        now,
        expires,
        ip.slice(0, 100),
        userAgent.slice(0, 300),
      );
      q.setLastLogin.run(now, operatorId);
      if (Math.random() < 0.05) q.pruneSessions.run(now - maxMs, now - maxMs);
      const operator = publicOperator(getOperator(operatorId)!);
      return {
        token,
        session: {
          rowId: Number(info.lastInsertRowid),
          id: publicId,
          operator,
          createdAtMs: now,
          lastSeenAtMs: now,
          expiresAtMs: expires,
          idleExpiresAtMs: Math.min(expires, now + idleMs),
        },
      };
    },

    /** The live session of a token (touching it at most once a minute), or null. One indexed read. */
    lookupSession(token: string): ActiveSession | null {
      if (token.length < 20 || token.length > 100) return null;
      const row = q.lookup.get(hashToken(token)) as
        | (OperatorRow & {
            s_id: number;
            public_id: string;
            s_created: number;
            last_seen_at_ms: number;
            expires_at_ms: number;
            revoked_at_ms: number | null;
          })
        | undefined;
      if (!row || row.revoked_at_ms !== null || row.disabled === 1) return null;
      const now = nowMs();
      if (now >= row.expires_at_ms || now >= row.last_seen_at_ms + idleMs) return null;
      let lastSeen = row.last_seen_at_ms;
      if (now - lastSeen >= TOUCH_INTERVAL_MS) {
        q.touch.run(now, row.s_id);
        lastSeen = now;
      }
      return {
        rowId: row.s_id,
        id: row.public_id,
        operator: publicOperator(toOperator(row)),
        createdAtMs: row.s_created,
        lastSeenAtMs: lastSeen,
        expiresAtMs: row.expires_at_ms,
        idleExpiresAtMs: Math.min(row.expires_at_ms, lastSeen + idleMs),
      };
    },

    /** Live sessions, newest activity first; of one operator, or of everyone when `operatorId` is null. */
    listSessions(operatorId: number | null): SessionRecord[] {
      const now = nowMs();
      return (q.liveSessions.all({ now, idleSince: now - idleMs, operatorId }) as SessionRowDb[]).map(
        toSession,
      );
    },
    /** A session that is not revoked, by public id. */
    findSession(publicId: string): SessionRecord | undefined {
      const row = q.byPublicId.get(publicId) as SessionRowDb | undefined;
      return row && toSession(row);
    },
    revokeSession(publicId: string): boolean {
      return q.revokeByPublicId.run(nowMs(), publicId).changes > 0;
    },
    revokeSessionRow(rowId: number): void {
      q.revokeById.run(nowMs(), rowId);
    },
  };
}
