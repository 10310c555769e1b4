/** Conversation groups and marks (create/del/update/search/get_contact_group, mark_contact) against ../shared/im-api/08-conversations.md. */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../../api/endpoints';
import type { Emulator } from '../../app';
import { callIm, testEmulator } from '../../test-support';

const NOW = Date.UTC(2025, 2, 1) / 1000;
const call = (emu: Emulator, cmd: string, body: Record<string, unknown>) =>
  callIm(emu, `recentcontact/${cmd}`, { From_Account: 'alice', ...body }).then((r) => r.json);
const c2c = (id: string) => ({ Type: 1, To_Account: id });
const create = (emu: Emulator, GroupName: string, ContactItem: unknown[] = []) =>
  call(emu, 'create_contact_group', { GroupContactItem: [{ GroupName, ContactItem }] });

function setup(): Emulator {
  const { emu } = testEmulator();
  for (const id of ['alice', 'bob']) emu.store.createAccount(id, 0);
  return emu;
}

describe('conversation groups', () => {
  it('creates groups with ids 1, 2… and per-item results, and lists them in search and get', async () => {
    const emu = setup();
    const j = await create(emu, 'Work', [c2c('bob'), { Type: 2, ToGroupId: '@TGS#1' }]);
    expect(endpoints['recentcontact/create_contact_group'].response.safeParse(j).success).toBe(true);
    expect(j.GroupResultItem).toEqual([
      {
        GroupItem: { GroupName: 'Work', GroupId: 1 },
        ResultItem: [
          { ContactItem: c2c('bob'), ResultCode: 0, ResultInfo: '' },
          { ContactItem: { Type: 2, ToGroupId: '@TGS#1' }, ResultCode: 0, ResultInfo: '' },
        ],
      },
    ]);
    await create(emu, 'Family', [c2c('bob')]);
    const s = await call(emu, 'search_contact_group', { ContactItem: [c2c('bob'), c2c('nobody')] });
    expect(s).toMatchObject({
      ContactResultItem: [{ Type: 1, To_Account: 'bob', ContactGroupId: [1, 2], Timestamp: NOW }],
      GroupItem: [
        { GroupName: 'Work', GroupId: 1 },
        { GroupName: 'Family', GroupId: 2 },
      ],
    });
    expect(emu.store.conversations.list('alice')).toEqual([]);
    const g = await call(emu, 'get_contact_group', { StartIndex: 0 });
    expect(g).toMatchObject({ CompleteFlag: 1, NextStartIndex: 0 });
    expect((g.ContactItem as unknown[]).length).toBe(2);
  });

  it('renames keeping the id, adds/removes idempotently, deletes and strips the id, never reusing it', async () => {
    const emu = setup();
    await create(emu, 'Work', [c2c('bob')]);
    const r = await call(emu, 'update_contact_group', {
      UpdateType: 1,
      UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'Work', NewGroupName: 'Job' },
    });
    expect(r.UpdateGroupResult).toEqual({
      UpdateGroupType: 1,
      GroupName: 'Job',
      GroupId: 1,
      OldGroupName: 'Work',
    });
    const u = await call(emu, 'update_contact_group', {
      UpdateType: 1,
      UpdateGroup: {
        UpdateGroupType: 2,
        OldGroupName: 'Job',
        ContactUpdateItem: [
          { ContactOptType: 1, ContactItem: c2c('carol') },
          { ContactOptType: 1, ContactItem: c2c('carol') },
          { ContactOptType: 2, ContactItem: c2c('bob') },
          { ContactOptType: 2, ContactItem: c2c('zed') },
        ],
      },
    });
    expect(
      (u.UpdateGroupResult as { ContactResultItem: { ResultCode: number }[] }).ContactResultItem.map(
        (x) => x.ResultCode,
      ),
    ).toEqual([0, 0, 0, 0]);
    expect(
      (await call(emu, 'search_contact_group', { ContactItem: [c2c('bob')] })).ContactResultItem,
    ).toEqual([]);
    expect(await call(emu, 'del_contact_group', { GroupName: ['Job'] })).toMatchObject({
      GroupItem: [{ GroupName: 'Job', GroupId: 1 }],
    });
    expect((await call(emu, 'get_contact_group', { StartIndex: 0 })).ContactItem).toEqual([]);
    expect(
      ((await create(emu, 'New')).GroupResultItem as { GroupItem: { GroupId: number } }[])[0]?.GroupItem
        .GroupId,
    ).toBe(2);
  });

  it('pages get_contact_group 100 at a time', async () => {
    const emu = setup();
    await create(
      emu,
      'Many',
      Array.from({ length: 150 }, (_, i) => c2c(`u${i}`)),
    );
    const p1 = await call(emu, 'get_contact_group', { StartIndex: 0 });
    expect(p1).toMatchObject({ CompleteFlag: 0, NextStartIndex: 100 });
    const p2 = await call(emu, 'get_contact_group', { StartIndex: 100 });
    expect(p2).toMatchObject({ CompleteFlag: 1, NextStartIndex: 0 });
    expect((p2.ContactItem as unknown[]).length).toBe(50);
  });

  it('reports 51007 for a group conversation that cannot be resolved, without undoing the group', async () => {
    const emu = setup();
    emu.store.conversations.groupExists = (id) => id === '@TGS#ok';
    const j = await create(emu, 'G', [
      { Type: 2, ToGroupId: '@TGS#gone' },
      { Type: 2, ToGroupId: '@TGS#ok' },
    ]);
    const items = (j.GroupResultItem as { ResultItem: { ResultCode: number }[] }[])[0]?.ResultItem;
    expect(items?.map((i) => i.ResultCode)).toEqual([51007, 0]);
  });

  it('reports 51008 past 1,000 grouped conversations', async () => {
    const emu = setup();
    await create(
      emu,
      'Big',
      Array.from({ length: 1000 }, (_, i) => c2c(`u${i}`)),
    );
    const j = await create(emu, 'More', [c2c('u1'), c2c('extra')]);
    const items = (j.GroupResultItem as { ResultItem: { ResultCode: number }[] }[])[0]?.ResultItem;
    expect(items?.map((i) => i.ResultCode)).toEqual([0, 51008]);
  });

  it.each([
    [
      'create: an unknown owner',
      'create_contact_group',
      { From_Account: 'ghost', GroupContactItem: [{ GroupName: 'a', ContactItem: [] }] },
      50001,
    ],
    [
      'create: a name over 32 bytes',
      'create_contact_group',
      { GroupContactItem: [{ GroupName: '组'.repeat(11), ContactItem: [] }] },
      51011,
    ],
    [
      'create: two groups at once',
      'create_contact_group',
      { GroupContactItem: [1, 2].map((i) => ({ GroupName: `g${i}`, ContactItem: [] })) },
      50002,
    ],
    ['del: an unknown group', 'del_contact_group', { GroupName: ['nope'] }, 51009],
    [
      'update: an unknown group',
      'update_contact_group',
      { UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'nope', NewGroupName: 'x' } },
      51009,
    ],
    [
      'update: a new name over 32 bytes',
      'update_contact_group',
      { UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'a', NewGroupName: 'n'.repeat(33) } },
      51011,
    ],
    [
      'search: an unknown owner',
      'search_contact_group',
      { From_Account: 'ghost', ContactItem: [c2c('bob')] },
      50001,
    ],
    ['get: an unknown owner', 'get_contact_group', { From_Account: 'ghost', StartIndex: 0 }, 50001],
  ])('fails for %s (%i)', async (_, cmd, body, code) => {
    const emu = setup();
    expect(await call(emu, cmd, body)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
  });

  it('refuses a duplicate name (50002) and a 21st group (51010)', async () => {
    const emu = setup();
    await create(emu, 'g0');
    expect(await create(emu, 'g0')).toMatchObject({ ErrorCode: 50002 });
    for (let i = 1; i < 20; i++) await create(emu, `g${i}`);
    expect(await create(emu, 'g20')).toMatchObject({ ErrorCode: 51010 });
  });
});

describe('recentcontact/mark_contact', () => {
  const mark = (emu: Emulator, MarkItem: unknown[]) => call(emu, 'mark_contact', { MarkItem });

  it('clears then sets bits, stores and clears the custom mark, and drops blank data', async () => {
    const emu = setup();
    const j = await mark(emu, [
      { OptType: 3, ContactItem: c2c('bob'), SetMark: [1, 2, 3], CustomMark: 'abcd' },
    ]);
    expect(j.ResultItem).toEqual([{ OptType: 3, ContactItem: c2c('bob'), ResultCode: 0, ResultInfo: '' }]);
    await mark(emu, [{ OptType: 1, ContactItem: c2c('bob'), ClearMark: [2, 3], SetMark: [3, 0] }]);
    const s = await call(emu, 'search_contact_group', { ContactItem: [c2c('bob')] });
    expect(s.ContactResultItem).toEqual([
      { Type: 1, To_Account: 'bob', StandardMark: '1011', CustomMark: 'abcd', Timestamp: NOW },
    ]);
    await mark(emu, [{ OptType: 3, ContactItem: c2c('bob'), ClearMark: [0, 1, 3], CustomMark: '' }]);
    expect(
      (await call(emu, 'search_contact_group', { ContactItem: [c2c('bob')] })).ContactResultItem,
    ).toEqual([]);
  });

  it('answers 51007 and 51008 per item', async () => {
    const emu = setup();
    emu.store.conversations.groupExists = () => false;
    for (let i = 0; i < 10; i++) {
      await mark(
        emu,
        Array.from({ length: 100 }, (_, j) => ({
          OptType: 1,
          ContactItem: c2c(`u${i * 100 + j}`),
          SetMark: [0],
        })),
      );
    }
    const j = await mark(emu, [
      { OptType: 1, ContactItem: { Type: 2, ToGroupId: 'g' }, SetMark: [0] },
      { OptType: 2, ContactItem: c2c('new'), CustomMark: 'x' },
      { OptType: 1, ContactItem: c2c('u5'), SetMark: [1] },
    ]);
    expect((j.ResultItem as { ResultCode: number }[]).map((r) => r.ResultCode)).toEqual([51007, 51008, 0]);
  });

  it.each([
    ['no items', [], 51006],
    [
      'more than 100 items',
      Array.from({ length: 101 }, () => ({ OptType: 1, ContactItem: c2c('bob') })),
      51006,
    ],
    [
      'a custom mark over 256 bytes',
      [{ OptType: 2, ContactItem: c2c('bob'), CustomMark: 'x'.repeat(257) }],
      50002,
    ],
  ])('fails for %s (%i)', async (_, items, code) => {
    const emu = setup();
    expect(await mark(emu, items)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
  });
});
