/**
 * Migration 002: the audit log. One append-only table: an IM call is inserted `pending` (and
 * committed) before it goes upstream, then finished exactly once with its outcome; console events are
 * inserted finished. Triggers make the table append-only for anyone holding the database through the
 * proxy: no DELETE, and no UPDATE except the single pending → finished transition of the outcome
 * columns. Times (`at_ms`) never go backwards, so a time range is also an id range.
 */
import type { Migration } from '../migrations';

const kinds = `'im_call','content_read','login','login_failed','logout','session_revoked','operator_change','password_change'`;
const results = `'pending','ok','partial','im_error','refused','failed'`;

/** The audit table, its indexes (one per filter of the audit page, each ending in `id` for keyset paging) and its guards. */
export const auditMigration: Migration = {
  version: 2,
  name: 'audit log',
  sql: `
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at_ms INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN (${kinds})),
  operator_id INTEGER,
  username TEXT,
  role TEXT,
  endpoint TEXT,
  access TEXT CHECK (access IS NULL OR access IN ('read','write','dangerous')),
  request_id TEXT,
  ip TEXT,
  request_body TEXT,
  request_truncated INTEGER NOT NULL DEFAULT 0 CHECK (request_truncated IN (0,1)),
  result TEXT NOT NULL CHECK (result IN (${results})),
  http_status INTEGER,
  action_status TEXT,
  error_code INTEGER,
  failed_items INTEGER,
  duration_ms REAL,
  response_body TEXT,
  response_truncated INTEGER NOT NULL DEFAULT 0 CHECK (response_truncated IN (0,1)),
  summary TEXT NOT NULL,
  details TEXT
);
CREATE INDEX audit_log_at ON audit_log (at_ms);
CREATE INDEX audit_log_username ON audit_log (username, id);
CREATE INDEX audit_log_endpoint ON audit_log (endpoint, id);
CREATE INDEX audit_log_result ON audit_log (result, id);
CREATE INDEX audit_log_kind ON audit_log (kind, id);

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be deleted');
END;

CREATE TRIGGER audit_log_time_forward BEFORE INSERT ON audit_log
WHEN NEW.at_ms < (SELECT max(at_ms) FROM audit_log)
BEGIN
  SELECT RAISE(ABORT, 'audit_log times never go backwards');
END;

CREATE TRIGGER audit_log_finish_once BEFORE UPDATE ON audit_log
WHEN OLD.result <> 'pending'
  OR NEW.result = 'pending'
  OR NEW.id IS NOT OLD.id
  OR NEW.at_ms IS NOT OLD.at_ms
  OR NEW.kind IS NOT OLD.kind
  OR NEW.operator_id IS NOT OLD.operator_id
  OR NEW.username IS NOT OLD.username
  OR NEW.role IS NOT OLD.role
  OR NEW.endpoint IS NOT OLD.endpoint
  OR NEW.access IS NOT OLD.access
  OR NEW.request_id IS NOT OLD.request_id
  OR NEW.ip IS NOT OLD.ip
  OR NEW.request_body IS NOT OLD.request_body
  OR NEW.request_truncated IS NOT OLD.request_truncated
  OR NEW.summary IS NOT OLD.summary
  OR NEW.details IS NOT OLD.details
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: only a pending entry''s outcome can be written, once');
END;
`,
};
