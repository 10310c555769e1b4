/** The import dry run: header detection, column mapping, every bad row with line and rule, duplicates. */
import { describe, expect, it } from 'vitest';
import { planImport } from './parse-import-file';

describe('planImport', () => {
  it('reads a header in any column order and maps nickname and face URL', () => {
    const plan = planImport('Nickname,UserID,FaceUrl\r\nAlice,alice,https://x/a.png\r\n,bob,\r\n', 'csv');
    expect(plan.header).toBe(true);
    expect(plan.rows).toEqual([
      { line: 2, userId: 'alice', nick: 'Alice', faceUrl: 'https://x/a.png' },
      { line: 3, userId: 'bob' },
    ]);
    expect(plan.valid).toBe(2);
    expect(plan.problems).toEqual([]);
  });

  it('without a header takes UserID, nickname, face URL in that order', () => {
    const plan = planImport('u1,Nick One\nu2\n"u3","Three, with comma",https://x', 'csv');
    expect(plan.header).toBe(false);
    expect(plan.rows.map((r) => [r.line, r.userId, r.nick, r.faceUrl])).toEqual([
      [1, 'u1', 'Nick One', undefined],
      [2, 'u2', undefined, undefined],
      [3, 'u3', 'Three, with comma', 'https://x'],
    ]);
  });

  it('lists every bad row with its line number, field and the contract rule', () => {
    const long = 'x'.repeat(33);
    const text = [
      'userid,nick',
      'ok_1,Fine',
      `${long},Too long id`,
      ',empty id',
      'ok_2,' + '好'.repeat(200),
      'bad\u00e9id,x',
      'a,b,c,d',
    ].join('\n');
    const plan = planImport(text, 'csv');
    expect(plan.problems).toEqual([
      { line: 3, field: 'UserID', value: long, rule: 'must be at most 32 bytes (UTF-8)' },
      { line: 4, field: 'UserID', value: '', rule: 'must not be empty' },
      { line: 5, field: 'Nick', value: '好'.repeat(200), rule: 'must be at most 500 bytes (UTF-8)' },
      {
        line: 6,
        field: 'UserID',
        value: 'bad\u00e9id',
        rule: 'must be printable ASCII (letters, digits, _ and - are safest)',
      },
      {
        line: 7,
        field: 'row',
        value: 'a,b,c,d',
        rule: 'has 4 columns; expected at most 2 (UserID, nickname, face URL)',
      },
    ]);
    expect(plan.valid).toBe(1);
    // Bad rows stay in the plan (reported in the job), marked with their problems.
    expect(plan.rows.filter((r) => r.problems).map((r) => r.line)).toEqual([3, 4, 5, 6, 7]);
  });

  it('reports repeated UserIDs and keeps the first', () => {
    const plan = planImport('a\nb\na\nc\nb\n', 'txt');
    expect(plan.rows.map((r) => r.userId)).toEqual(['a', 'b', 'c']);
    expect(plan.duplicates).toEqual([
      { line: 3, userId: 'a', firstLine: 1 },
      { line: 5, userId: 'b', firstLine: 2 },
    ]);
  });

  it('reads TXT as one UserID per line, commas included, skipping blank lines', () => {
    const plan = planImport('\uFEFFalpha\r\n\r\n beta \r\nwith,comma\r\n', 'txt');
    expect(plan.rows.map((r) => [r.line, r.userId])).toEqual([
      [1, 'alpha'],
      [3, 'beta'],
      [4, 'with,comma'],
    ]);
    expect(plan.valid).toBe(3);
  });

  it('reports a CSV syntax error with its line', () => {
    const plan = planImport('a\n"b\n', 'csv');
    expect(plan.problems).toContainEqual({
      line: 2,
      field: 'row',
      value: '',
      rule: 'has a quote that is never closed',
    });
  });
});
