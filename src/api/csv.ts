/**
 * CSV in and out (RFC 4180), one writer for every export of the console and the proxy: statistics, chat
 * history, job reports and the audit log. Records end with CRLF; a cell with `"`, `,`, CR or LF, or with
 * blanks at either end, is quoted with `"` doubled. Text a spreadsheet would run as a formula gets a
 * leading `'` (OWASP "CSV injection"): text starting with `=`, `+`, `-`, `@`, tab or CR, and text whose
 * first visible sign is `=`, `+`, `-` or `@` behind blanks or written in full width (`＝`, `＋`, `－`, `＠`),
 * which some spreadsheets also run. Numbers are written as they are. Uploads are parsed with quotes,
 * embedded commas and new lines, keeping each record's line number for error messages.
 */

/** What a cell holds: text (guarded and quoted as needed), a number, or nothing (an empty cell). */
export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]|^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One cell, neutralised against formula injection and quoted when it must be. */
export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: its cells, comma-separated, with its CRLF. */
export function csvRow(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole CSV document: a header row and data rows, each ending with CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map(csvRow).join('');
}

/** One parsed record and the (1-based) line of the file it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A problem that stops a record being read (an unclosed quote). */
export interface CsvSyntaxError {
  line: number;
  message: string;
}

/** Parses CSV text (comma-separated, RFC 4180 quoting; LF or CRLF; a leading BOM dropped); blank lines are skipped. */
export function parseCsv(text: string): { records: CsvRecord[]; errors: CsvSyntaxError[] } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const errors: CsvSyntaxError[] = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const startLine = line;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    let inQuotes = false;
    let endOfRecord = false;
    while (i < src.length && !endOfRecord) {
      const ch = src[i]!;
      if (inQuotes) {
        if (ch === '"') {
          if (src[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            inQuotes = false;
            i += 1;
          }
        } else {
          if (ch === '\n') line += 1;
          cell += ch;
          i += 1;
        }
      } else if (ch === '"' && cell.length === 0 && !quoted) {
        inQuotes = true;
        quoted = true;
        i += 1;
      } else if (ch === ',') {
        cells.push(cell);
        cell = '';
        quoted = false;
        i += 1;
      } else if (ch === '\r' || ch === '\n') {
        i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
        line += 1;
        endOfRecord = true;
      } else {
        cell += ch;
        i += 1;
      }
    }
    if (inQuotes) {
      errors.push({ line: startLine, message: 'has a quote that is never closed' });
      break;
    }
    cells.push(cell);
    if (cells.length === 1 && cells[0]!.trim() === '' && !quoted) continue;
    records.push({ line: startLine, cells });
  }
  return { records, errors };
}
