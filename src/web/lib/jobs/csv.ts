/**
 * CSV in and out (RFC 4180): reports are written with CRLF line ends and quoted where needed, and cells a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) are prefixed with `'`
 * (OWASP "CSV injection"). Uploads are parsed with quotes, embedded commas and new lines, keeping each
 * record's line number for error messages.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised against formula injection and quoted when it must be. */
export function csvCell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: a header row and data rows, CRLF-separated, ending with CRLF. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
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

/** Parses CSV text (comma-separated, RFC 4180 quoting; LF or CRLF); blank lines are skipped. */
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

/** Offers text as a file download (UTF-8 with a byte-order mark, so spreadsheets read Chinese correctly). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const blob = new Blob(['\uFEFF', text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
