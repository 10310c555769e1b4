/**
 * CSV of audit entries, written by the shared RFC 4180 writer (`src/api/csv.ts`: CRLF records, quoting,
 * and a leading `'` on text a spreadsheet would run as a formula, OWASP "CSV injection").
 */
import type { AuditEntry } from '../../api/console-api';
import { csvRow } from '../../api/csv';

/** The exported columns, in order: header name and how to read it from an entry. */
export const csvColumns: readonly [string, (e: AuditEntry) => string | number | null][] = [
  ['id', (e) => e.id],
  ['at', (e) => e.at],
  ['kind', (e) => e.kind],
  ['operator_id', (e) => e.operatorId],
  ['username', (e) => e.username],
  ['role', (e) => e.role],
  ['endpoint', (e) => e.endpoint],
  ['access', (e) => e.access],
  ['result', (e) => e.result],
  ['http_status', (e) => e.httpStatus],
  ['action_status', (e) => e.actionStatus],
  ['error_code', (e) => e.errorCode],
  ['failed_items', (e) => e.failedItems],
  ['duration_ms', (e) => e.durationMs],
  ['ip', (e) => e.ip],
  ['request_id', (e) => e.requestId],
  ['summary', (e) => e.summary],
];

/** The header line, with its CRLF. */
export function csvHeader(): string {
  return csvRow(csvColumns.map(([name]) => name));
}

/** One entry's line, with its CRLF. */
export function csvLine(entry: AuditEntry): string {
  return csvRow(csvColumns.map(([, read]) => read(entry)));
}
