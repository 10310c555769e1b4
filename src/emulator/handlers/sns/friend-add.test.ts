/** `sns/friend_add` against the Emulator rules of ../shared/im-api/07-relationships.md. */
import { describe, expect, it } from 'vitest';
import { MAX_FRIENDS } from '../../../api/friend';
import { MAX_PENDING_REQUESTS } from '../../state/relationships-model';
import { callControl, callIm } from '../../test-support';
import { addFriends, allow, codes, plainEntry, setupSns, sns } from './sns-test-kit';

describe('sns/friend_add', () => {
  it('adds two-way by default: remark and list only on the owner side, source and time on both', async () => {
    const emu = setupSns();
    const json = await sns(emu, 'friend_add', {
      From_Account: 'a',
      AddFriendItem: [
        {
          To_Account: 'b',
          Remark: 'remark2',
          GroupName: 'Classmates',
          AddSource: 'AddSource_Type_XXXXXXXX',
          AddWording: "I'm Test2",
        },
      ],
      ForceAddFlags: 1,
    });
    expect(json).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      ErrorDisplay: '',
      ResultItem: [{ To_Account: 'b', ResultCode: 0, ResultInfo: '' }],
    });
    const rel = emu.store.relationships;
    const now = Math.floor(emu.clock.nowMs() / 1000);
    expect(rel.friend('a', 'b')).toMatchObject({
      remark: 'remark2',
      groups: ['Classmates'],
      addSource: 'AddSource_Type_XXXXXXXX',
      addWording: "I'm Test2",
      addTime: now,
    });
    expect(rel.friend('b', 'a')).toEqual({ ...plainEntry(now), addSource: 'AddSource_Type_XXXXXXXX' });
    expect(rel.read('a').lists).toEqual(['Classmates']);
    expect(rel.read('a').seq.list).toBe(1);
    expect(rel.read('b').seq.standard).toBe(1);
  });

  it('adds one-way with Add_Type_Single', async () => {
    const emu = setupSns();
    await addFriends(emu, 'a', ['b'], { AddType: 'Add_Type_Single' });
    expect(emu.store.relationships.isFriend('a', 'b')).toBe(true);
    expect(emu.store.relationships.isFriend('b', 'a')).toBe(false);
  });

  it('follows the target AllowType unless forced: AllowAny adds, NeedConfirm is pending 30539, DenyAny 30516', async () => {
    const emu = setupSns();
    allow(emu, 'b', 'AllowType_Type_AllowAny');
    allow(emu, 'c', 'AllowType_Type_NeedConfirm');
    allow(emu, 'd', 'AllowType_Type_DenyAny');
    // 'e' never set AllowType: the profile default NeedConfirm applies.
    const json = await addFriends(emu, 'a', ['b', 'c', 'd', 'e'], { ForceAddFlags: 0 });
    expect(codes(json)).toEqual([0, 30539, 30516, 30539]);
    expect(json.Fail_Account).toEqual(['c', 'd', 'e']);
    const rel = emu.store.relationships;
    expect(rel.isFriend('a', 'c')).toBe(false);
    expect(rel.pendingRequest('c', 'a')).toMatchObject({ addSource: 'AddSource_Type_Android' });
    const forced = await addFriends(emu, 'a', ['c', 'd']);
    expect(codes(forced)).toEqual([0, 0]);
    expect(forced).not.toHaveProperty('Fail_Account');
    expect(rel.pendingRequest('c', 'a')).toBeUndefined();
  });

  it('answers per item in request order and keeps successes when others fail (30003, 30001)', async () => {
    const emu = setupSns();
    await addFriends(emu, 'a', ['c']);
    const json = await addFriends(emu, 'a', ['b', 'ghost', 'a', 'c']);
    expect(json.ResultItem).toEqual([
      { To_Account: 'b', ResultCode: 0, ResultInfo: '' },
      { To_Account: 'ghost', ResultCode: 30003, ResultInfo: expect.any(String) },
      { To_Account: 'a', ResultCode: 30001, ResultInfo: expect.any(String) },
      { To_Account: 'c', ResultCode: 30001, ResultInfo: 'Err_SNS_FriendAdd_Friend_Exist' },
    ]);
    expect(json.Fail_Account).toEqual(['ghost', 'a', 'c']);
    expect(emu.store.relationships.isFriend('a', 'b')).toBe(true);
  });

  it('refuses blocked pairs even when forced: 30515 owner blocked target, 30525 target blocked owner', async () => {
    const emu = setupSns();
    await sns(emu, 'black_list_add', { From_Account: 'a', To_Account: ['b'] });
    await sns(emu, 'black_list_add', { From_Account: 'c', To_Account: ['a'] });
    expect(codes(await addFriends(emu, 'a', ['b', 'c']))).toEqual([30515, 30525]);
  });

  it('enforces capacity: 30010 owner full, 30014 target full (two-way only), 30011 too many lists', async () => {
    const emu = setupSns();
    const rel = emu.store.relationships;
    for (let i = 0; i < MAX_FRIENDS; i++) {
      rel.setFriend('a', `x${i}`, plainEntry());
      rel.setFriend('b', `x${i}`, plainEntry());
    }
    expect(codes(await addFriends(emu, 'a', ['c']))).toEqual([30010]);
    expect(codes(await addFriends(emu, 'c', ['b']))).toEqual([30014]);
    expect(codes(await addFriends(emu, 'c', ['b'], { AddType: 'Add_Type_Single' }))).toEqual([0]);
    rel.ensureLists(
      'd',
      Array.from({ length: 32 }, (_, i) => `L${i}`),
    );
    const item = { To_Account: 'e', AddSource: 'AddSource_Type_Web', GroupName: 'one-more' };
    const json = await sns(emu, 'friend_add', { From_Account: 'd', AddFriendItem: [item], ForceAddFlags: 1 });
    expect(codes(json)).toEqual([30011]);
    const existing = { ...item, GroupName: 'L3' };
    expect(codes(await sns(emu, 'friend_add', { From_Account: 'd', AddFriendItem: [existing] }))).toEqual([
      30539,
    ]);
  });

  it('answers 30012 when the target already holds too many pending requests', async () => {
    const emu = setupSns();
    for (let i = 0; i < MAX_PENDING_REQUESTS; i++) {
      emu.store.relationships.addPending('b', `x${i}`, {
        addSource: 'AddSource_Type_Web',
        addType: 'Add_Type_Both',
        time: 0,
      });
    }
    expect(codes(await addFriends(emu, 'a', ['b'], { ForceAddFlags: 0 }))).toEqual([30012]);
  });

  it.each([
    ['an unknown From_Account', { From_Account: 'ghost' }, 30003],
    ['a bad AddSource', { AddFriendItem: [{ To_Account: 'b', AddSource: 'Android' }] }, 30001],
    ['an empty AddFriendItem', { AddFriendItem: [] }, 30001],
  ])('fails the whole call for %s (%i)', async (_, patch, code) => {
    const emu = setupSns();
    const body = {
      From_Account: 'a',
      AddFriendItem: [{ To_Account: 'b', AddSource: 'AddSource_Type_Web' }],
      ...patch,
    };
    expect(await sns(emu, 'friend_add', body)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
    expect(emu.store.relationships.isFriend('a', 'b')).toBe(false);
  });

  // docs/emulator.md lists these codes as having no natural trigger: only an armed fault produces them.
  it.each([30002, 30005, 30006, 30007, 30008, 30009, 30540])(
    'answers %i only when armed as a fault (no natural trigger), then adds normally',
    async (code) => {
      const emu = setupSns();
      const add = () =>
        callIm(emu, 'sns/friend_add', {
          From_Account: 'a',
          AddFriendItem: [{ To_Account: 'b', AddSource: 'AddSource_Type_Web' }],
        });
      await callControl(emu, 'POST', 'faults', { path: 'sns/friend_add', count: 1, code });
      expect((await add()).json).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
      expect((await add()).json).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0 });
    },
  );

  it('answers 31707 on friend_delete only when armed as a fault', async () => {
    const emu = setupSns();
    await callControl(emu, 'POST', 'faults', { path: 'sns/friend_delete', count: 1, code: 31707 });
    const { json } = await callIm(emu, 'sns/friend_delete', { From_Account: 'a', To_Account: ['b'] });
    expect(json).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 31707 });
  });
});
