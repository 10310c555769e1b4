/**
 * CSV of audit entries (RFC 4180: CRLF line ends, a header row, fields with `"`, `,`, CR or LF
 * quoted with `"` doubled). Text cells that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, tab or CR) get a leading `'` (OWASP "CSV injection").
 */
import type { AuditEntry } from '../../api/console-api';

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

/** One CSV cell: numbers as they are, text defused and quoted when needed, null as empty. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line, with its CRLF. */
export function csvHeader(): string {
  return `${csvColumns.map(([name]) => name).join(',')}\r\n`;
}

/** One entry's line, with its CRLF. */
export function csvLine(entry: AuditEntry): string {
  return `${csvColumns.map(([, read]) => csvCell(read(entry))).join(',')}\r\n`;
}
