/** `black_list_add/delete/get/check` against ../shared/im-api/07-relationships.md. */
import { describe, expect, it } from 'vitest';
import { MAX_BLOCKLIST } from '../../../api/friend';
import { addFriends, codes, setupSns, sns } from './sns-test-kit';

const block = (emu: Parameters<typeof sns>[0], from: string, to: string[]) =>
  sns(emu, 'black_list_add', { From_Account: from, To_Account: to });

describe('sns/black_list_add', () => {
  it('blocks, ending friendships on both sides and pending requests both ways; one-way only', async () => {
    const emu = setupSns();
    const rel = emu.store.relationships;
    await addFriends(emu, 'a', ['b']);
    await addFriends(emu, 'c', ['a'], { ForceAddFlags: 0 });
    expect(rel.pendingRequest('a', 'c')).toBeDefined();
    const json = await block(emu, 'a', ['b', 'c']);
    expect(json).toMatchObject({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ResultItem: [{ ResultCode: 0 }, { ResultCode: 0 }],
    });
    expect(json).not.toHaveProperty('Fail_Account');
    expect([rel.isFriend('a', 'b'), rel.isFriend('b', 'a')]).toEqual([false, false]);
    expect(rel.pendingRequest('a', 'c')).toBeUndefined();
    expect([rel.hasBlocked('a', 'b'), rel.hasBlocked('b', 'a')]).toEqual([true, false]);
  });

  it('fails per item: already blocked (30001, or 31307 when so configured), unknown (30003), full (30013)', async () => {
    const emu = setupSns();
    await block(emu, 'a', ['b']);
    const json = await block(emu, 'a', ['b', 'ghost', 'c']);
    expect(json.ResultItem).toEqual([
      { To_Account: 'b', ResultCode: 30001, ResultInfo: 'Err_SNS_BlackListAdd_Already_Exist' },
      { To_Account: 'ghost', ResultCode: 30003, ResultInfo: expect.any(String) },
      { To_Account: 'c', ResultCode: 0, ResultInfo: '' },
    ]);
    expect(json.Fail_Account).toEqual(['b', 'ghost']);
    emu.store.relationships.alreadyBlockedCode = 31307;
    expect(codes(await block(emu, 'a', ['b']))).toEqual([31307]);

    for (let i = 0; i < MAX_BLOCKLIST; i++) emu.store.relationships.block('d', `x${i}`, 0);
    expect(codes(await block(emu, 'd', ['e']))).toEqual([30013]);
  });

  it('rejects more than 1,000 accounts (30001) and an unknown owner (30003)', async () => {
    const emu = setupSns();
    const many = Array.from({ length: 1001 }, (_, i) => `u${i}`);
    expect(await block(emu, 'a', many)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 30001 });
    expect(await block(emu, 'ghost', ['a'])).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 30003 });
  });
});

describe('sns/black_list_delete', () => {
  it('unblocks, succeeds for users not blocked, and does not restore friendships', async () => {
    const emu = setupSns();
    await addFriends(emu, 'a', ['b']);
    await block(emu, 'a', ['b']);
    const json = await sns(emu, 'black_list_delete', { From_Account: 'a', To_Account: ['b', 'c'] });
    expect(codes(json)).toEqual([0, 0]);
    expect(json).not.toHaveProperty('Fail_Account');
    const rel = emu.store.relationships;
    expect([rel.hasBlocked('a', 'b'), rel.isFriend('a', 'b')]).toEqual([false, false]);
    expect(codes(await addFriends(emu, 'a', ['b']))).toEqual([0]);
  });

  it('answers 30003 for an unknown owner and 30001 for an empty list', async () => {
    const emu = setupSns();
    expect(await sns(emu, 'black_list_delete', { From_Account: 'ghost', To_Account: ['a'] })).toMatchObject({
      ErrorCode: 30003,
    });
    expect(await sns(emu, 'black_list_delete', { From_Account: 'a', To_Account: [] })).toMatchObject({
      ErrorCode: 30001,
    });
  });
});

describe('sns/black_list_get', () => {
  it('pages oldest first; StartIndex is the next offset, 0 at the end; the sequence key is misspelt', async () => {
    const emu = setupSns(['f', 'g']);
    await block(emu, 'a', ['e', 'b']);
    emu.clock.advance(5000);
    await block(emu, 'a', ['c']);
    emu.clock.advance(5000);
    await block(emu, 'a', ['d']);
    const t0 = Math.floor(emu.clock.nowMs() / 1000) - 10;
    const page1 = await sns(emu, 'black_list_get', {
      From_Account: 'a',
      StartIndex: 0,
      MaxLimited: 3,
      LastSequence: 0,
    });
    expect(page1).toMatchObject({
      BlackListItem: [
        { To_Account: 'b', AddBlackTimeStamp: t0 },
        { To_Account: 'e', AddBlackTimeStamp: t0 },
        { To_Account: 'c', AddBlackTimeStamp: t0 + 5 },
      ],
      StartIndex: 3,
      CurruentSequence: 4,
    });
    const page2 = await sns(emu, 'black_list_get', {
      From_Account: 'a',
      StartIndex: 3,
      MaxLimited: 3,
      LastSequence: 3,
    });
    expect(page2).toMatchObject({
      BlackListItem: [{ To_Account: 'd', AddBlackTimeStamp: t0 + 10 }],
      StartIndex: 0,
    });
  });

  it('answers 30001 for MaxLimited out of range or missing fields and 30003 for an unknown owner', async () => {
    const emu = setupSns();
    const base = { From_Account: 'a', StartIndex: 0, MaxLimited: 10, LastSequence: 0 };
    expect(await sns(emu, 'black_list_get', { ...base, MaxLimited: 1001 })).toMatchObject({
      ErrorCode: 30001,
    });
    expect(await sns(emu, 'black_list_get', { From_Account: 'a', StartIndex: 0 })).toMatchObject({
      ErrorCode: 30001,
    });
    expect(await sns(emu, 'black_list_get', { ...base, From_Account: 'ghost' })).toMatchObject({
      ErrorCode: 30003,
    });
  });
});

describe('sns/black_list_check', () => {
  it('reports the four relations for Both and two for Single, in input order', async () => {
    const emu = setupSns();
    await block(emu, 'a', ['b', 'c']);
    await block(emu, 'b', ['a']);
    await block(emu, 'd', ['a']);
    const to = ['b', 'c', 'd', 'e', 'ghost'];
    const both = await sns(emu, 'black_list_check', {
      From_Account: 'a',
      To_Account: to,
      CheckType: 'BlackCheckResult_Type_Both',
    });
    expect((both.BlackListCheckItem as { Relation: string }[]).map((i) => i.Relation)).toEqual([
      'BlackCheckResult_Type_BothWay',
      'BlackCheckResult_Type_AWithB',
      'BlackCheckResult_Type_BWithA',
      'BlackCheckResult_Type_NO',
      'BlackCheckResult_Type_NO',
    ]);
    const single = await sns(emu, 'black_list_check', {
      From_Account: 'a',
      To_Account: ['b', 'd'],
      CheckType: 'BlackCheckResult_Type_Single',
    });
    expect((single.BlackListCheckItem as { Relation: string }[]).map((i) => i.Relation)).toEqual([
      'BlackCheckResult_Type_AWithB',
      'BlackCheckResult_Type_NO',
    ]);
  });

  it('answers 30001 for a friend_check CheckType and 30003 for an unknown owner', async () => {
    const emu = setupSns();
    const body = { From_Account: 'a', To_Account: ['b'], CheckType: 'CheckResult_Type_Both' };
    expect(await sns(emu, 'black_list_check', body)).toMatchObject({ ErrorCode: 30001 });
    const ghost = { ...body, From_Account: 'ghost', CheckType: 'BlackCheckResult_Type_Both' };
    expect(await sns(emu, 'black_list_check', ghost)).toMatchObject({ ErrorCode: 30003 });
  });
});
