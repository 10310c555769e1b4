/**
 * Migration 004: structured audit summaries. `audit_log.summary_data` holds the summary as data (JSON
 * of `AuditSummary`, src/api/audit-summary.ts) beside the English `summary` line, so the console can
 * show it in the operator's language; entries written before this migration keep it NULL and are
 * shown by their text. The column is written once with the entry: the finish-once trigger is made
 * again (SQLite cannot alter a trigger) with the new column among those no UPDATE may change.
 */
import type { Migration } from '../migrations';

/** The new column (NULL or valid JSON) and the append-only guard that covers it. */
export const auditSummaryMigration: Migration = {
  version: 4,
  name: 'audit summary data',
  sql: `
ALTER TABLE audit_log ADD COLUMN summary_data TEXT CHECK (summary_data IS NULL OR json_valid(summary_data));

DROP TRIGGER audit_log_finish_once;
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
  OR NEW.summary_data IS NOT OLD.summary_data
  OR NEW.details IS NOT OLD.details
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: only a pending entry''s outcome can be written, once');
END;
`,
};
