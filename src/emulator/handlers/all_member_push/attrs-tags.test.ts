/** Attribute names, user attributes and tags against the Emulator rules of ../shared/im-api/06-push.md. */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../../api/endpoints';
import type { Emulator } from '../../app';
import { callIm, testEmulator } from '../../test-support';

function setup(): Emulator {
  const { emu } = testEmulator();
  for (const id of ['u1', 'u2', 'u3']) emu.store.createAccount(id, 0);
  return emu;
}

/** Calls a push command; a successful answer must also parse with the endpoint's response schema. */
const call = async (emu: Emulator, command: string, body: unknown) => {
  const path = `all_member_push/${command}` as keyof typeof endpoints;
  const { json } = await callIm(emu, path, body);
  if (json.ErrorCode === 0)
    expect(endpoints[path].response.safeParse(json).success, JSON.stringify(json)).toBe(true);
  return json;
};

async function named(emu: Emulator) {
  await call(emu, 'im_set_attr_name', { AttrNames: { '0': 'sex', '1': 'city', '2': 'country' } });
}

describe('all_member_push/im_set_attr_name and im_get_attr_name', () => {
  it('answers {} before any name is set, then the configured slots only', async () => {
    const emu = setup();
    expect(await call(emu, 'im_get_attr_name', {})).toMatchObject({ ErrorCode: 0, AttrNames: {} });
    await named(emu);
    expect((await call(emu, 'im_get_attr_name', {})).AttrNames).toEqual({
      '0': 'sex',
      '1': 'city',
      '2': 'country',
    });
  });

  it('merges: slots not in the request keep their names', async () => {
    const emu = setup();
    await named(emu);
    await call(emu, 'im_set_attr_name', { AttrNames: { '1': 'town', '5': 'tier' } });
    expect((await call(emu, 'im_get_attr_name', {})).AttrNames).toEqual({
      '0': 'sex',
      '1': 'town',
      '2': 'country',
      '5': 'tier',
    });
  });

  it('keeps user values when a slot is renamed (values live in the slot)', async () => {
    const emu = setup();
    await named(emu);
    await call(emu, 'im_set_attr', { UserAttrs: [{ To_Account: 'u1', Attrs: { city: 'Shenzhen' } }] });
    await call(emu, 'im_set_attr_name', { AttrNames: { '1': 'town' } });
    expect((await call(emu, 'im_get_attr', { To_Account: ['u1'] })).UserAttrs).toEqual([
      { To_Account: 'u1', Attrs: { town: 'Shenzhen' } },
    ]);
  });

  it.each([
    ['a slot outside 0–9', { '10': 'x' }],
    ['an empty name', { '0': '' }],
    ['a name over 50 bytes', { '0': 'n'.repeat(51) }],
    ['no slot at all', {}],
    ['a name another slot already has', { '3': 'city' }],
  ])('refuses %s with 90001 and changes nothing', async (_, AttrNames) => {
    const emu = setup();
    await named(emu);
    expect(await call(emu, 'im_set_attr_name', { AttrNames })).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: 90001,
    });
    expect(Object.keys((await call(emu, 'im_get_attr_name', {})).AttrNames as object)).toEqual([
      '0',
      '1',
      '2',
    ]);
  });
});

describe('all_member_push/im_set_attr, im_get_attr, im_remove_attr', () => {
  it('sets by name, merges per attribute, answers in request order with {} for users without any', async () => {
    const emu = setup();
    await named(emu);
    await call(emu, 'im_set_attr', {
      UserAttrs: [
        { To_Account: 'u1', Attrs: { sex: 'male', city: 'Shenzhen' } },
        { To_Account: 'u2', Attrs: { city: 'New York' } },
      ],
    });
    await call(emu, 'im_set_attr', { UserAttrs: [{ To_Account: 'u1', Attrs: { city: 'Beijing' } }] });
    const json = await call(emu, 'im_get_attr', { To_Account: ['u3', 'u1', 'u2'] });
    expect(json.UserAttrs).toEqual([
      { To_Account: 'u3', Attrs: {} },
      { To_Account: 'u1', Attrs: { sex: 'male', city: 'Beijing' } },
      { To_Account: 'u2', Attrs: { city: 'New York' } },
    ]);
    expect(json).not.toHaveProperty('ErrorList');
  });

  it('lists unknown accounts in ErrorList with 70107 and applies the others', async () => {
    const emu = setup();
    await named(emu);
    const set = await call(emu, 'im_set_attr', {
      UserAttrs: [
        { To_Account: 'ghost', Attrs: { sex: 'f' } },
        { To_Account: 'u1', Attrs: { sex: 'f' } },
      ],
    });
    expect(set).toMatchObject({ ErrorCode: 0, ErrorList: [{ To_Account: 'ghost', ErrorCode: 70107 }] });
    const get = await call(emu, 'im_get_attr', { To_Account: ['ghost', 'u1'] });
    expect(get.UserAttrs).toEqual([{ To_Account: 'u1', Attrs: { sex: 'f' } }]);
    expect(get.ErrorList).toEqual([
      { To_Account: 'ghost', ErrorCode: 70107, ErrorInfo: 'account does not exist' },
    ]);
    const removed = await call(emu, 'im_remove_attr', {
      UserAttrs: [{ To_Account: 'ghost', Attrs: ['sex'] }],
    });
    expect(removed.ErrorList).toMatchObject([{ To_Account: 'ghost', ErrorCode: 70107 }]);
  });

  it('fails the whole call with 90033 for a name that is not configured, writing nothing', async () => {
    const emu = setup();
    await named(emu);
    const json = await call(emu, 'im_set_attr', {
      UserAttrs: [
        { To_Account: 'u1', Attrs: { sex: 'male' } },
        { To_Account: 'u2', Attrs: { shoe: '42' } },
      ],
    });
    expect(json).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 90033 });
    expect(emu.store.push.attrsOf('u1')).toEqual({});
    expect(
      await call(emu, 'im_remove_attr', { UserAttrs: [{ To_Account: 'u1', Attrs: ['shoe'] }] }),
    ).toMatchObject({ ErrorCode: 90033 });
  });

  it('refuses a value over 50 bytes with 90033 and more than 100 accounts with 90018', async () => {
    const emu = setup();
    await named(emu);
    expect(
      await call(emu, 'im_set_attr', { UserAttrs: [{ To_Account: 'u1', Attrs: { city: '深'.repeat(17) } }] }),
    ).toMatchObject({ ErrorCode: 90033 });
    const many = Array.from({ length: 101 }, (_, i) => `x${i}`);
    expect(await call(emu, 'im_get_attr', { To_Account: many })).toMatchObject({ ErrorCode: 90018 });
    expect(
      await call(emu, 'im_set_attr', {
        UserAttrs: many.map((To_Account) => ({ To_Account, Attrs: { sex: 'f' } })),
      }),
    ).toMatchObject({ ErrorCode: 90018 });
    expect(
      await call(emu, 'im_remove_attr', {
        UserAttrs: many.map((To_Account) => ({ To_Account, Attrs: ['sex'] })),
      }),
    ).toMatchObject({ ErrorCode: 90018 });
  });

  it('removes only the named attributes; removing a missing one is a no-op', async () => {
    const emu = setup();
    await named(emu);
    await call(emu, 'im_set_attr', { UserAttrs: [{ To_Account: 'u1', Attrs: { sex: 'f', city: 'Xi’an' } }] });
    expect(
      await call(emu, 'im_remove_attr', { UserAttrs: [{ To_Account: 'u1', Attrs: ['sex', 'country'] }] }),
    ).toMatchObject({ ErrorCode: 0 });
    expect(emu.store.push.attrsOf('u1')).toEqual({ city: 'Xi’an' });
  });

  it('answers 90009 to a non-admin and 90001 to a body that is not JSON', async () => {
    const emu = setup();
    const { json } = await callIm(
      emu,
      'all_member_push/im_get_attr',
      { To_Account: ['u1'] },
      { identifier: 'u1' },
    );
    expect(json).toMatchObject({ ErrorCode: 90009 });
    const bad = await callIm(emu, 'all_member_push/im_set_attr', null, { rawBody: '{nope' });
    expect(bad.json).toMatchObject({ ErrorCode: 90001 });
  });
});

describe('all_member_push tags', () => {
  it('adds as a set in insertion order, removes some, clears all', async () => {
    const emu = setup();
    await call(emu, 'im_add_tag', { UserTags: [{ To_Account: 'u1', Tags: ['a', 'b'] }] });
    await call(emu, 'im_add_tag', { UserTags: [{ To_Account: 'u1', Tags: ['b', 'c'] }] });
    expect((await call(emu, 'im_get_tag', { To_Account: ['u1', 'u2'] })).UserTags).toEqual([
      { To_Account: 'u1', Tags: ['a', 'b', 'c'] },
      { To_Account: 'u2', Tags: [] },
    ]);
    await call(emu, 'im_remove_tag', { UserTags: [{ To_Account: 'u1', Tags: ['b', 'zzz'] }] });
    expect(emu.store.push.tagsOf('u1')).toEqual(['a', 'c']);
    expect(await call(emu, 'im_remove_all_tags', { To_Account: ['u1', 'u1'] })).toMatchObject({
      ErrorCode: 0,
    });
    expect(emu.store.push.tagsOf('u1')).toEqual([]);
  });

  it('Replace: 1 replaces every tag', async () => {
    const emu = setup();
    await call(emu, 'im_add_tag', { UserTags: [{ To_Account: 'u1', Tags: ['a', 'b'] }] });
    await call(emu, 'im_add_tag', { UserTags: [{ To_Account: 'u1', Tags: ['z'] }], Replace: 1 });
    expect(emu.store.push.tagsOf('u1')).toEqual(['z']);
  });

  it('lists unknown accounts in ErrorList with 70107 for every tag call', async () => {
    const emu = setup();
    for (const [command, body] of [
      ['im_add_tag', { UserTags: [{ To_Account: 'ghost', Tags: ['a'] }] }],
      ['im_remove_tag', { UserTags: [{ To_Account: 'ghost', Tags: ['a'] }] }],
      ['im_get_tag', { To_Account: ['ghost'] }],
      ['im_remove_all_tags', { To_Account: ['ghost'] }],
    ] as const) {
      expect(await call(emu, command, body), command).toMatchObject({
        ErrorCode: 0,
        ErrorList: [{ To_Account: 'ghost', ErrorCode: 70107 }],
      });
    }
  });

  it('refuses a user who would hold more than 100 tags (ErrorList 90032) without partial application', async () => {
    const emu = setup();
    for (let i = 0; i < 10; i++) {
      const Tags = Array.from({ length: 10 }, (_, j) => `t${i * 10 + j}`);
      await call(emu, 'im_add_tag', { UserTags: [{ To_Account: 'u1', Tags }] });
    }
    const json = await call(emu, 'im_add_tag', {
      UserTags: [
        { To_Account: 'u1', Tags: ['t0', 'new1', 'new2'] },
        { To_Account: 'u2', Tags: ['ok'] },
      ],
    });
    expect(json.ErrorList).toMatchObject([{ To_Account: 'u1', ErrorCode: 90032 }]);
    expect(emu.store.push.tagsOf('u1')).toHaveLength(100);
    expect(emu.store.push.tagsOf('u1')).not.toContain('new1');
    expect(emu.store.push.tagsOf('u2')).toEqual(['ok']);
  });

  it.each([
    [
      'more than 10 tags for one user',
      { UserTags: [{ To_Account: 'u1', Tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }] },
      90032,
    ],
    ['a tag over 50 bytes', { UserTags: [{ To_Account: 'u1', Tags: ['x'.repeat(51)] }] }, 90020],
    ['an empty tag', { UserTags: [{ To_Account: 'u1', Tags: [''] }] }, 90040],
    [
      'more than 100 users',
      { UserTags: Array.from({ length: 101 }, (_, i) => ({ To_Account: `x${i}`, Tags: ['a'] })) },
      90018,
    ],
  ])('im_add_tag refuses %s (%i)', async (_, body, code) => {
    const emu = setup();
    expect(await call(emu, 'im_add_tag', body)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
    expect(emu.store.push.tagsOf('u1')).toEqual([]);
  });

  it('refuses more than 100 accounts in im_get_tag, im_remove_tag and im_remove_all_tags (90018)', async () => {
    const emu = setup();
    const many = Array.from({ length: 101 }, (_, i) => `x${i}`);
    expect(await call(emu, 'im_get_tag', { To_Account: many })).toMatchObject({ ErrorCode: 90018 });
    expect(await call(emu, 'im_remove_all_tags', { To_Account: many })).toMatchObject({ ErrorCode: 90018 });
    expect(
      await call(emu, 'im_remove_tag', { UserTags: many.map((To_Account) => ({ To_Account, Tags: ['a'] })) }),
    ).toMatchObject({ ErrorCode: 90018 });
  });

  it('drops a deleted account’s attributes and tags', async () => {
    const emu = setup();
    await named(emu);
    await call(emu, 'im_set_attr', { UserAttrs: [{ To_Account: 'u1', Attrs: { sex: 'f' } }] });
    await call(emu, 'im_add_tag', { UserTags: [{ To_Account: 'u1', Tags: ['a'] }] });
    await callIm(emu, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'u1' }] });
    emu.store.createAccount('u1', 1);
    expect(emu.store.push.attrsOf('u1')).toEqual({});
    expect(emu.store.push.tagsOf('u1')).toEqual([]);
  });
});
