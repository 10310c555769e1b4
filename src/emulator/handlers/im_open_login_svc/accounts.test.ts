/** Account handlers against the Emulator rules of ../shared/im-api/02-accounts.md. */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../../api/endpoints';
import { callIm, signFor, testEmulator } from '../../test-support';
import type { Emulator } from '../../app';

async function call(emu: Emulator, path: keyof typeof endpoints, body: unknown) {
  const { json } = await callIm(emu, path, body);
  if (json.ErrorCode === 0) {
    const parsed = endpoints[path].response.safeParse(json);
    expect(parsed.success, `${path} reply breaks its contract: ${parsed.error?.message}`).toBe(true);
  }
  return json;
}

async function statusOf(emu: Emulator, ...ids: string[]) {
  const json = await call(emu, 'im_open_login_svc/account_check', {
    CheckItem: ids.map((UserID) => ({ UserID })),
  });
  return (json.ResultItem as { AccountStatus: string }[]).map((r) => r.AccountStatus);
}

function nickOf(emu: Emulator, id: string) {
  return emu.store.profile(id).get('Tag_Profile_IM_Nick');
}

describe('account_import', () => {
  it('creates an account with its Nick and FaceUrl', async () => {
    const { emu } = testEmulator();
    const json = await call(emu, 'im_open_login_svc/account_import', {
      UserID: 'test',
      Nick: 'test',
      FaceUrl: 'http://www.qq.com',
    });
    expect(json).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0 });
    expect(await statusOf(emu, 'test')).toEqual(['Imported']);
    expect(nickOf(emu, 'test')).toBe('test');
    expect(emu.store.profile('test').get('Tag_Profile_IM_Image')).toBe('http://www.qq.com');
  });

  it('accepts the older Identifier field and succeeds again for an existing account, overwriting only given fields', async () => {
    const { emu } = testEmulator();
    await call(emu, 'im_open_login_svc/account_import', {
      Identifier: 'old',
      Nick: 'First',
      FaceUrl: 'http://a',
    });
    expect(
      (await call(emu, 'im_open_login_svc/account_import', { UserID: 'old', Nick: 'Second' })).ErrorCode,
    ).toBe(0);
    expect(nickOf(emu, 'old')).toBe('Second');
    expect(emu.store.profile('old').get('Tag_Profile_IM_Image')).toBe('http://a');
    expect([...emu.store.accounts.keys()].filter((k) => k === 'old')).toHaveLength(1);
  });

  it('answers 70402 for a bad UserID and 40601 for a Nick over 500 bytes', async () => {
    const { emu } = testEmulator();
    expect((await call(emu, 'im_open_login_svc/account_import', { UserID: '' })).ErrorCode).toBe(70402);
    expect((await call(emu, 'im_open_login_svc/account_import', {})).ErrorCode).toBe(70402);
    expect(
      (await call(emu, 'im_open_login_svc/account_import', { UserID: 'a', Nick: '字'.repeat(167) }))
        .ErrorCode,
    ).toBe(40601);
    expect(await statusOf(emu, 'a')).toEqual(['NotImported']);
  });

  it('succeeds for an admin, which always exists', async () => {
    const { emu } = testEmulator();
    expect((await call(emu, 'im_open_login_svc/account_import', { UserID: 'administrator' })).ErrorCode).toBe(
      0,
    );
  });

  it('brings a deleted account back empty (trial-like), or refuses with 70399 during a cool-down', async () => {
    const { emu, clock } = testEmulator({ reimportCooldownDays: 90 });
    await call(emu, 'im_open_login_svc/account_import', { UserID: 'gone', Nick: 'Old nick' });
    await call(emu, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'gone' }] });
    expect((await call(emu, 'im_open_login_svc/account_import', { UserID: 'gone' })).ErrorCode).toBe(70399);
    clock.advance(91 * 86_400_000);
    expect(
      (
        await callIm(
          emu,
          'im_open_login_svc/account_import',
          { UserID: 'gone' },
          { userSig: signFor(emu, 'administrator') },
        )
      ).json.ErrorCode,
    ).toBe(0);
    expect(nickOf(emu, 'gone')).toBeUndefined();

    const trial = testEmulator().emu;
    await call(trial, 'im_open_login_svc/account_import', { UserID: 'gone', Nick: 'Old nick' });
    await call(trial, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'gone' }] });
    expect((await call(trial, 'im_open_login_svc/account_import', { UserID: 'gone' })).ErrorCode).toBe(0);
    expect(nickOf(trial, 'gone')).toBeUndefined();
  });

  it('answers 70398 beyond the optional account cap', async () => {
    const { emu } = testEmulator({ maxAccounts: 2 });
    expect((await call(emu, 'im_open_login_svc/account_import', { UserID: 'one' })).ErrorCode).toBe(0);
    expect((await call(emu, 'im_open_login_svc/account_import', { UserID: 'two' })).ErrorCode).toBe(70398);
  });
});

describe('multiaccount_import', () => {
  it('imports the old format and lists bad UserIDs in FailAccounts, always present', async () => {
    const { emu } = testEmulator();
    const ok = await call(emu, 'im_open_login_svc/multiaccount_import', { Accounts: ['u1', 'u2'] });
    expect(ok.FailAccounts).toEqual([]);
    const mixed = await call(emu, 'im_open_login_svc/multiaccount_import', {
      Accounts: ['u3', '', 'x'.repeat(33), 'u1'],
    });
    expect(mixed.FailAccounts).toEqual(['', 'x'.repeat(33)]);
    expect(await statusOf(emu, 'u1', 'u2', 'u3')).toEqual(['Imported', 'Imported', 'Imported']);
  });

  it('updates Nick/FaceUrl of existing accounts with the new format, last duplicate winning', async () => {
    const { emu } = testEmulator();
    await call(emu, 'im_open_login_svc/account_import', { UserID: 'u1', Nick: 'before' });
    const json = await call(emu, 'im_open_login_svc/multiaccount_import', {
      AccountList: [
        { UserID: 'u1', Nick: 'after' },
        { UserID: 'u2', Nick: 'first', FaceUrl: 'http://f' },
        { UserID: 'u2', Nick: 'second' },
      ],
    });
    expect(json.FailAccounts).toEqual([]);
    expect(nickOf(emu, 'u1')).toBe('after');
    expect(nickOf(emu, 'u2')).toBe('second');
  });

  it('rejects a bad container with 70402 and imports nothing', async () => {
    const { emu } = testEmulator();
    const tooMany = Array.from({ length: 101 }, (_, i) => `b${i}`);
    expect((await call(emu, 'im_open_login_svc/multiaccount_import', { Accounts: tooMany })).ErrorCode).toBe(
      70402,
    );
    expect(
      (
        await call(emu, 'im_open_login_svc/multiaccount_import', {
          Accounts: ['a'],
          AccountList: [{ UserID: 'b' }],
        })
      ).ErrorCode,
    ).toBe(70402);
    expect((await call(emu, 'im_open_login_svc/multiaccount_import', {})).ErrorCode).toBe(70402);
    expect(await statusOf(emu, 'b0', 'a', 'b')).toEqual(['NotImported', 'NotImported', 'NotImported']);
  });

  it('puts accounts in the re-import cool-down into FailAccounts', async () => {
    const { emu } = testEmulator({ reimportCooldownDays: 90 });
    await call(emu, 'im_open_login_svc/multiaccount_import', { Accounts: ['d1'] });
    await call(emu, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'd1' }] });
    expect(
      (await call(emu, 'im_open_login_svc/multiaccount_import', { Accounts: ['d1', 'd2'] })).FailAccounts,
    ).toEqual(['d1']);
  });
});

describe('account_check', () => {
  it('reports Imported/NotImported per item in request order, admins included, deleted as NotImported', async () => {
    const { emu } = testEmulator();
    await call(emu, 'im_open_login_svc/multiaccount_import', { Accounts: ['a', 'b'] });
    await call(emu, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'b' }] });
    const json = await call(emu, 'im_open_login_svc/account_check', {
      CheckItem: [{ UserID: 'nobody' }, { UserID: 'a' }, { UserID: 'administrator' }, { UserID: 'b' }],
    });
    expect(json.ResultItem).toEqual([
      { UserID: 'nobody', ResultCode: 0, ResultInfo: '', AccountStatus: 'NotImported' },
      { UserID: 'a', ResultCode: 0, ResultInfo: '', AccountStatus: 'Imported' },
      { UserID: 'administrator', ResultCode: 0, ResultInfo: '', AccountStatus: 'Imported' },
      { UserID: 'b', ResultCode: 0, ResultInfo: '', AccountStatus: 'NotImported' },
    ]);
  });

  it('answers 70402 for more than 100 items', async () => {
    const { emu } = testEmulator();
    const CheckItem = Array.from({ length: 101 }, (_, i) => ({ UserID: `u${i}` }));
    expect((await call(emu, 'im_open_login_svc/account_check', { CheckItem })).ErrorCode).toBe(70402);
  });
});

describe('account_delete', () => {
  it('deletes per item: 0 for existing, 70107 for unknown or already deleted, 70403 for admins', async () => {
    const { emu } = testEmulator();
    await call(emu, 'im_open_login_svc/account_import', { UserID: 'UserID_1', Nick: 'n' });
    const json = await call(emu, 'im_open_login_svc/account_delete', {
      DeleteItem: [
        { UserID: 'UserID_1' },
        { UserID: 'UserID_2' },
        { UserID: 'UserID_1' },
        { UserID: 'administrator' },
      ],
    });
    expect(json.ResultItem).toEqual([
      { UserID: 'UserID_1', ResultCode: 0, ResultInfo: '' },
      { UserID: 'UserID_2', ResultCode: 70107, ResultInfo: 'Err_TLS_PT_Open_Login_Account_Not_Exist' },
      { UserID: 'UserID_1', ResultCode: 70107, ResultInfo: 'Err_TLS_PT_Open_Login_Account_Not_Exist' },
      expect.objectContaining({ UserID: 'administrator', ResultCode: 70403 }),
    ]);
    expect(emu.store.tombstone('UserID_1')?.deletedAt).toBeTypeOf('number');
    expect(emu.store.profile('UserID_1').size).toBe(0);
    expect(await statusOf(emu, 'administrator')).toEqual(['Imported']);
  });

  it('drops sessions of a deleted account, which then reads as 70107 in online status', async () => {
    const { emu } = testEmulator();
    await call(emu, 'im_open_login_svc/account_import', { UserID: 'u' });
    emu.store.setSession('u', { platform: 'Web', status: 'Online', since: 0 });
    await call(emu, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'u' }] });
    expect(emu.store.sessionsOf('u')).toEqual([]);
    const status = await call(emu, 'openim/query_online_status', { To_Account: ['u'] });
    expect(status.ErrorList).toEqual([{ To_Account: 'u', ErrorCode: 70107 }]);
  });

  it('answers 71000 and deletes nothing when deletion is not allowed for the app', async () => {
    const { emu } = testEmulator({ allowAccountDelete: false });
    await call(emu, 'im_open_login_svc/account_import', { UserID: 'keep' });
    expect(
      (await call(emu, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'keep' }] })).ErrorCode,
    ).toBe(71000);
    expect(await statusOf(emu, 'keep')).toEqual(['Imported']);
  });
});

describe('kick', () => {
  it('ends sessions and refuses the user’s older UserSigs with 70052; a new sig made later works', async () => {
    const { emu, clock } = testEmulator({ admins: ['administrator', 'second_admin'] });
    await call(emu, 'im_open_login_svc/account_import', { UserID: 'test' });
    emu.store.setSession('test', { platform: 'iPhone', status: 'Online', since: 0 });
    const oldSig = signFor(emu, 'second_admin');
    clock.advance(5000);
    expect((await call(emu, 'im_open_login_svc/kick', { UserID: 'test' })).ErrorCode).toBe(0);
    expect(emu.store.sessionsOf('test')).toEqual([]);
    expect(emu.store.account('test')?.kickedAt).toBe(Math.floor(clock.nowMs() / 1000));

    expect((await call(emu, 'im_open_login_svc/kick', { Identifier: 'second_admin' })).ErrorCode).toBe(0);
    const check = { CheckItem: [{ UserID: 'test' }] };
    const refused = await callIm(emu, 'im_open_login_svc/account_check', check, {
      identifier: 'second_admin',
      userSig: oldSig,
    });
    expect(refused.json.ErrorCode).toBe(70052);
    clock.advance(1000);
    const fresh = await callIm(emu, 'im_open_login_svc/account_check', check, { identifier: 'second_admin' });
    expect(fresh.json.ErrorCode).toBe(0);
  });

  it('answers 70107 for an unknown account and OK for an offline one', async () => {
    const { emu } = testEmulator();
    expect((await call(emu, 'im_open_login_svc/kick', { UserID: 'ghost' })).ErrorCode).toBe(70107);
    await call(emu, 'im_open_login_svc/account_import', { UserID: 'idle' });
    expect((await call(emu, 'im_open_login_svc/kick', { UserID: 'idle' })).ErrorCode).toBe(0);
  });
});
