/**
 * Migration 003: the push log. One table of every `all_member_push/im_push` sent through the proxy
 * (the IM API has no list of past pushes): a push is inserted `pending` (and committed) before it goes
 * upstream, then finished once with what the answer said — `ok` with its TaskId, `failed` with the IM
 * error, or left `pending` with the proxy's reason when no answer came back (timeout: the push may or
 * may not have gone out). Triggers keep it append-only: no DELETE, and no UPDATE but that one finish.
 * Times (`at_ms`) never go backwards, so a time range is also an id range.
 */
import type { Migration } from '../migrations';

/** The push log table, one index per filter (each ending in `id` for keyset paging), and its guards. */
export const pushLogMigration: Migration = {
  version: 3,
  name: 'push log',
  sql: `
CREATE TABLE push_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at_ms INTEGER NOT NULL,
  operator_id INTEGER NOT NULL,
  username TEXT NOT NULL,
  role TEXT NOT NULL,
  request_id TEXT NOT NULL,
  request_body TEXT NOT NULL,
  audience TEXT NOT NULL CHECK (audience IN ('all','tags','attrs')),
  outcome TEXT NOT NULL CHECK (outcome IN ('pending','ok','failed')),
  task_id TEXT,
  action_status TEXT,
  error_code INTEGER,
  error_info TEXT,
  finished_ms INTEGER
);
CREATE INDEX push_log_at ON push_log (at_ms);
CREATE INDEX push_log_username ON push_log (username, id);
CREATE INDEX push_log_outcome ON push_log (outcome, id);
CREATE INDEX push_log_audience ON push_log (audience, id);
CREATE INDEX push_log_task ON push_log (task_id);

CREATE TRIGGER push_log_no_delete BEFORE DELETE ON push_log
BEGIN
  SELECT RAISE(ABORT, 'push_log is append-only: entries cannot be deleted');
END;

CREATE TRIGGER push_log_time_forward BEFORE INSERT ON push_log
WHEN NEW.at_ms < (SELECT max(at_ms) FROM push_log)
BEGIN
  SELECT RAISE(ABORT, 'push_log times never go backwards');
END;

CREATE TRIGGER push_log_finish_once BEFORE UPDATE ON push_log
WHEN OLD.finished_ms IS NOT NULL
  OR NEW.finished_ms IS NULL
  OR OLD.outcome <> 'pending'
  OR NEW.id IS NOT OLD.id
  OR NEW.at_ms IS NOT OLD.at_ms
  OR NEW.operator_id IS NOT OLD.operator_id
  OR NEW.username IS NOT OLD.username
  OR NEW.role IS NOT OLD.role
  OR NEW.request_id IS NOT OLD.request_id
  OR NEW.request_body IS NOT OLD.request_body
  OR NEW.audience IS NOT OLD.audience
BEGIN
  SELECT RAISE(ABORT, 'push_log is append-only: only a pending entry''s outcome can be written, once');
END;
`,
};
