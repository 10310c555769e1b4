/**
 * Migration 001: operator access. Operators (scrypt hashes, never passwords), their sessions (the
 * cookie token is stored only as its SHA-256, so a copy of the database cannot be replayed as a
 * cookie) and failed logins per account and per client IP for throttling (kept in SQLite so a
 * restart does not reset a lock). Times are milliseconds since the epoch (UTC).
 */
import type { Migration } from '../migrations';

export const accessMigration: Migration = {
  version: 1,
  name: 'operator access',
  sql: `
CREATE TABLE operators (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL CHECK (role IN ('viewer','support','moderator','marketing','admin')),
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0,1)),
  must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0,1)),
  created_at_ms INTEGER NOT NULL,
  last_login_at_ms INTEGER
);

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  token_hash TEXT NOT NULL UNIQUE,
  public_id TEXT NOT NULL UNIQUE,
  operator_id INTEGER NOT NULL REFERENCES operators (id),
  created_at_ms INTEGER NOT NULL,
  last_seen_at_ms INTEGER NOT NULL,
  expires_at_ms INTEGER NOT NULL,
  ip TEXT NOT NULL DEFAULT '',
  user_agent TEXT NOT NULL DEFAULT '',
  revoked_at_ms INTEGER
);
CREATE INDEX sessions_operator ON sessions (operator_id, revoked_at_ms);

CREATE TABLE login_failures (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  scope TEXT NOT NULL CHECK (scope IN ('account','ip')),
  key TEXT NOT NULL,
  at_ms INTEGER NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (scope, key, at_ms);
CREATE INDEX login_failures_at ON login_failures (at_ms);
`,
};
