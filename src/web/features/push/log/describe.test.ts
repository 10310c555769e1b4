import { describe, expect, it } from 'vitest';
import { conditionParts, contentOf, offlineTextOf } from './describe';

describe('push log request reading', () => {
  it('reads the elements in order with their text', () => {
    expect(
      contentOf({
        MsgBody: [
          { MsgType: 'TIMTextElem', MsgContent: { Text: 'Hello' } },
          { MsgType: 'TIMCustomElem', MsgContent: { Data: '{"a":1}', Desc: 'promo' } },
          { MsgType: 'TIMFaceElem', MsgContent: { Index: 1 } },
          { MsgType: 'TIMWeirdElem' },
          'junk',
        ],
      }),
    ).toEqual([
      { kind: 'TIMTextElem', text: 'Hello' },
      { kind: 'TIMCustomElem', text: 'promo' },
      { kind: 'TIMFaceElem' },
      { kind: 'other' },
    ]);
    expect(contentOf({})).toEqual([]);
  });

  it('reads the condition parts, attributes as name=value', () => {
    expect(conditionParts({ Condition: { TagsOr: ['a', 'b'], TagsAnd: ['c'] } })).toEqual([
      { key: 'TagsAnd', values: ['c'] },
      { key: 'TagsOr', values: ['a', 'b'] },
    ]);
    expect(conditionParts({ Condition: { AttrsAnd: { level: 'gold', city: 'SZ' } } })).toEqual([
      { key: 'AttrsAnd', values: ['level=gold', 'city=SZ'] },
    ]);
    expect(conditionParts({})).toEqual([]);
  });

  it('reads the offline title and description', () => {
    expect(offlineTextOf({ OfflinePushInfo: { Title: 'T', Desc: 'D' } })).toEqual({ title: 'T', desc: 'D' });
    expect(offlineTextOf({ OfflinePushInfo: { Title: '' } })).toEqual({});
  });
});
