/** CSV writing (RFC 4180, formula-safe), parsing with line numbers, and the job report. */
import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv } from './csv';
import { jobReportCsv } from './report';
import type { ItemResult } from './item-results';

describe('writing', () => {
  it('quotes commas, quotes and new lines, and ends records with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['line\nbreak', 3],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",3\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('parsing', () => {
  it('reads quoted cells with commas, quotes and new lines, keeping each record’s first line', () => {
    const { records, errors } = parseCsv('\uFEFFid,nick\r\na,"x, ""y"""\n\n"b","two\nlines"\nc\n');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 1, cells: ['id', 'nick'] },
      { line: 2, cells: ['a', 'x, "y"'] },
      { line: 4, cells: ['b', 'two\nlines'] },
      { line: 6, cells: ['c'] },
    ]);
  });

  it('reports an unclosed quote with its line', () => {
    const { records, errors } = parseCsv('a\n"b,c\nd');
    expect(records).toEqual([{ line: 1, cells: ['a'] }]);
    expect(errors).toEqual([{ line: 2, message: 'has a quote that is never closed' }]);
  });

  it('round-trips what it writes', () => {
    const rows = [
      ['=1', 'a,b'],
      ['"q"', 'multi\r\nline'],
    ];
    const parsed = parseCsv(toCsv(['h1', 'h2'], rows)).records.map((r) => r.cells);
    expect(parsed).toEqual([
      ['h1', 'h2'],
      ["'=1", 'a,b'],
      ['"q"', 'multi\r\nline'],
    ]);
  });
});

describe('job report', () => {
  it('writes one row per item with status words, code, reason and the explanation', () => {
    const results: ItemResult<{ line: number; id: string }>[] = [
      { item: { line: 2, id: 'a' }, status: 'ok', attempts: 1 },
      { item: { line: 3, id: '=b' }, status: 'failed', code: 70107, reason: 'gone', attempts: 1 },
      { item: { line: 4, id: 'c' }, status: 'cancelled', attempts: 0 },
    ];
    const csv = jobReportCsv(results, {
      columns: [
        { header: 'Line', value: (i) => i.line },
        { header: 'UserID', value: (i) => i.id },
      ],
      statusText: (s) => s.toUpperCase(),
      headers: { status: 'Result', code: 'Code', reason: 'Reason', explanation: 'Explanation', note: 'Note' },
      lang: 'en',
      only: ['failed', 'cancelled'],
    });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Line,UserID,Result,Code,Reason,Explanation,Note');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^3,'=b,FAILED,70107,gone,.+/);
    expect(lines[1]).toContain('not exist');
    expect(lines[2]).toBe('4,c,CANCELLED,,,,');
  });
});
