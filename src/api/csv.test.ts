/** The one CSV writer and reader: RFC 4180 quoting, CRLF records, the formula guard, line numbers on upload. */
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, parseCsv, toCsv } from './csv';

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
    expect(csvCell('a,"b"\r\nc')).toBe('"a,""b""\r\nc"');
    expect(csvRow(['x', null, undefined, 0])).toBe('x,,,0\r\n');
  });

  it('quotes a cell with blanks at either end, so a reader keeps them', () => {
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('inner space')).toBe('inner space');
  });

  it('neutralises cells a spreadsheet would run as formulas, and only text', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('=a,b')).toBe('"\'=a,b"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(42)).toBe('42');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('also guards formulas behind blanks and in full width', () => {
    expect(csvCell('  =1+1')).toBe("'  =1+1");
    expect(csvCell('\u3000+1')).toBe("'\u3000+1");
    expect(csvCell('＝1+1')).toBe("'＝1+1");
    expect(csvCell('＠SUM(A1)')).toBe("'＠SUM(A1)");
    expect(csvCell('a = b')).toBe('a = b');
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
      [' lead', 'trail '],
    ];
    const parsed = parseCsv(toCsv(['h1', 'h2'], rows)).records.map((r) => r.cells);
    expect(parsed).toEqual([
      ['h1', 'h2'],
      ["'=1", 'a,b'],
      ['"q"', 'multi\r\nline'],
      [' lead', 'trail '],
    ]);
  });
});
