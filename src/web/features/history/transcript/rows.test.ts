import { describe, expect, it } from 'vitest';
import type { TranscriptMessage } from '../model';
import { bodyText, buildRows, findMatches, localDay, rowShape, type TranscriptRow } from './rows';

function msg(
  id: string,
  time: number | undefined,
  text = '',
  extra: Partial<TranscriptMessage> = {},
): TranscriptMessage {
  return {
    id,
    seq: 0,
    ...(time !== undefined ? { time } : {}),
    body: text ? [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }] : [],
    recalled: false,
    placeholder: false,
    raw: { MsgSeq: 0 },
    ...extra,
  };
}

// Noon local time on two days, so time zones do not move them across midnight.
const day1 = new Date(2026, 10, 20, 12).getTime() / 1000;
const day2 = new Date(2026, 10, 21, 12).getTime() / 1000;

describe('buildRows', () => {
  it('puts a head row first and a separator before each new local day', () => {
    const rows = buildRows([msg('a', day1), msg('b', day1 + 60), msg('c', day2)]);
    expect(rows.map((r) => r.kind)).toEqual(['head', 'day', 'message', 'message', 'day', 'message']);
    expect(rows[1]?.key).toBe(`day:${localDay(day1)}`);
    expect(rows[4]?.key).toBe(`day:${localDay(day2)}`);
  });

  it('folds runs of placeholders into one gap row and keeps a lone one', () => {
    const p = (id: string, seq: number) => msg(id, undefined, '', { seq, placeholder: true });
    const rows = buildRows([p('seq:1', 1), p('seq:2', 2), p('seq:3', 3), msg('seq:4', day1), p('seq:5', 5)]);
    expect(rows.map((r) => r.kind)).toEqual(['head', 'gap', 'day', 'message', 'message']);
    expect(rows[1]).toMatchObject({ fromSeq: 1, toSeq: 3, count: 3 });
  });

  it('has unique keys', () => {
    const rows = buildRows([msg('a', day1), msg('b', day2), msg('c', day2)]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});

describe('rowShape', () => {
  const row = (m: TranscriptMessage): TranscriptRow => ({ kind: 'message', key: m.id, message: m });

  it('gives rows drawn alike one shape, whatever their words', () => {
    const a = rowShape(row(msg('1', day1, 'Morning! Did the build pass?', { from: 'bob' })), 'alice');
    const b = rowShape(row(msg('2', day2, 'Yes, all green. Shipping soon.', { from: 'bob' })), 'alice');
    expect(a).toBe(b);
    expect(a).toBe('theirs||text:0:1');
  });

  it('tells the sides, the marks, the line breaks, the length and the element types apart', () => {
    const base = msg('1', day1, 'ok', { from: 'bob' });
    const shapes = [
      rowShape(row(base), 'alice'),
      rowShape(row({ ...base, from: 'alice' }), 'alice'),
      rowShape(row({ ...base, recalled: true }), 'alice'),
      rowShape(row({ ...base, placeholder: true }), 'alice'),
      rowShape(row(msg('1', day1, 'ok\nok', { from: 'bob' })), 'alice'),
      rowShape(row(msg('1', day1, 'o'.repeat(33), { from: 'bob' })), 'alice'),
      rowShape(row({ ...base, body: [{ MsgType: 'TIMCustomElem', MsgContent: { Data: '{}' } }] }), 'alice'),
      rowShape(row({ ...base, body: [] }), 'alice'),
    ];
    expect(new Set(shapes).size).toBe(shapes.length);
    // Groups have no viewpoint: every sender is on the same side.
    expect(rowShape(row({ ...base, from: 'alice' }), undefined)).toBe(rowShape(row(base), undefined));
  });

  it('names the other rows by their kind and reads a malformed text element as its type', () => {
    const [head, day] = buildRows([msg('a', day1)]);
    expect(rowShape(head as TranscriptRow, 'alice')).toBe('head');
    expect(rowShape(day as TranscriptRow, 'alice')).toBe('day');
    const odd = { ...msg('1', day1), body: [{ MsgType: 'TIMTextElem', MsgContent: null }] };
    expect(rowShape(row(odd), 'alice')).toBe('theirs||TIMTextElem');
  });
});

describe('search', () => {
  it('reads text, custom data and file names', () => {
    expect(
      bodyText([
        { MsgType: 'TIMTextElem', MsgContent: { Text: 'hello' } },
        { MsgType: 'TIMCustomElem', MsgContent: { Data: '{"order":42}', Desc: 'order' } },
        { MsgType: 'TIMFileElem', MsgContent: { FileName: 'report.pdf' } },
        { MsgType: 'TIMNewThing', MsgContent: 7 },
      ]),
    ).toBe('hello\n{"order":42}\norder\nreport.pdf');
  });

  it('finds case-insensitively, oldest first, skipping placeholders', () => {
    const list = [
      msg('1', day1, 'Refund please'),
      msg('2', day1, 'no'),
      msg('3', day1, 'the REFUND is done', { recalled: true }),
      msg('4', undefined, '', { placeholder: true }),
    ];
    expect(findMatches(list, 'refund')).toEqual(['1', '3']);
    expect(findMatches(list, '  ')).toEqual([]);
  });
});
