/** The per-item report of a job as CSV: status words, code, reason and explanation, formula-safe. */
import { describe, expect, it } from 'vitest';
import { jobReportCsv } from './report';
import type { ItemResult } from './runner';

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
