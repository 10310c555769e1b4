/** Rule tests for the C2C message-extension endpoints (../shared/im-api/03-c2c-messages.md §10–11). */
import { describe, expect, it } from 'vitest';
import { endpoint as getKeyValues } from './get_key_values';
import { endpoint as setKeyValues } from './set_key_values';

function paths(r: { error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (r.error?.issues ?? []).map((i) => i.path.join('.'));
}

const message = { To_Account: '116400', MsgKey: '44739199_12_1665388280' };
const kv = (i: number) => ({ Key: `k${i}`, Value: 'v', Seq: 0 });

describe('set_key_values', () => {
  it('rejects more than 20 KVs per call', () => {
    const r = setKeyValues.request.safeParse({
      ...message,
      OperateType: 1,
      ExtensionList: Array.from({ length: 21 }, (_, i) => kv(i)),
    });
    expect(paths(r)).toEqual(['ExtensionList']);
    expect(setKeyValues.batch).toEqual([{ field: 'ExtensionList', max: 20 }]);
  });

  it('rejects a key over 100 bytes and a value over 1000 bytes', () => {
    const r = setKeyValues.request.safeParse({
      ...message,
      OperateType: 1,
      ExtensionList: [{ Key: 'k'.repeat(101), Value: 'v'.repeat(1001) }],
    });
    expect(paths(r).sort()).toEqual(['ExtensionList.0.Key', 'ExtensionList.0.Value']);
  });

  it('requires ExtensionList to set or delete but not to clear', () => {
    expect(paths(setKeyValues.request.safeParse({ ...message, OperateType: 2 }))).toEqual(['ExtensionList']);
    expect(setKeyValues.request.safeParse({ ...message, OperateType: 3 }).success).toBe(true);
  });

  it('rejects an unknown OperateType', () => {
    expect(paths(setKeyValues.request.safeParse({ ...message, OperateType: 4 }))).toEqual(['OperateType']);
  });

  it('is marked newer', () => {
    expect(setKeyValues.newer).toBe(true);
    expect(getKeyValues.newer).toBe(true);
  });
});

describe('get_key_values', () => {
  it('requires To_Account and MsgKey; From_Account is optional', () => {
    expect(getKeyValues.request.safeParse(message).success).toBe(true);
    expect(paths(getKeyValues.request.safeParse({ MsgKey: 'k' }))).toEqual(['To_Account']);
  });
});
