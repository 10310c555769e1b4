/** The `/__emulator/` control routes: health, reset, seed, sessions and the state summary (faults and clock have their own tests). */
import { describe, expect, it } from 'vitest';
import { callControl, callIm, testEmulator } from './test-support';

describe('control routes', () => {
  it('reports health with the app and seed', async () => {
    const { emu } = testEmulator({ admins: ['administrator'] });
    const { status, json } = await callControl(emu, 'GET', 'health');
    expect(status).toBe(200);
    expect(json).toMatchObject({
      ok: true,
      sdkAppId: 1400000001,
      admins: ['administrator'],
      seed: 'empty',
      persistent: false,
    });
  });

  it('switches seeds and resets back to the current seed, dropping changes and faults', async () => {
    const { emu } = testEmulator();
    const seeded = await callControl(emu, 'POST', 'seed', { seed: 'demo' });
    expect(seeded.json).toMatchObject({ ok: true, seed: 'demo' });
    expect(emu.store.isImported('alice')).toBe(true);
    await callIm(emu, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'alice' }] });
    await callControl(emu, 'POST', 'faults', {
      path: 'im_open_login_svc/account_check',
      count: 3,
      code: 70500,
    });
    expect(emu.store.isImported('alice')).toBe(false);
    const reset = await callControl(emu, 'POST', 'reset');
    expect(reset.json.seed).toBe('demo');
    expect(emu.store.isImported('alice')).toBe(true);
    expect((await callControl(emu, 'GET', 'faults')).json.faults).toEqual([]);
    await callControl(emu, 'POST', 'seed', { seed: 'empty' });
    expect((await callControl(emu, 'GET', 'state/summary')).json).toMatchObject({
      seed: 'empty',
      accounts: 1,
      admins: 1,
    });
    expect((await callControl(emu, 'POST', 'seed', { seed: 'huge' })).status).toBe(400);
  });

  it('simulates logins and logouts through sessions, counted in the summary', async () => {
    const { emu } = testEmulator();
    emu.store.createAccount('u1', 0);
    emu.store.createAccount('u2', 0);
    await callControl(emu, 'POST', 'sessions', { UserID: 'u1', Platform: 'iPhone', Status: 'Online' });
    await callControl(emu, 'POST', 'sessions', { UserID: 'u1', Platform: 'Web', Status: 'PushOnline' });
    await callControl(emu, 'POST', 'sessions', { UserID: 'u2', Platform: 'PC', Status: 'Online' });
    expect((await callControl(emu, 'GET', 'state/summary')).json.sessions).toEqual({
      online: 2,
      pushOnline: 1,
      usersWithSessions: 2,
    });
    await callControl(emu, 'POST', 'sessions', { UserID: 'u1', Platform: 'iPhone', Status: 'Offline' });
    expect(emu.store.sessionsOf('u1').map((s) => s.platform)).toEqual(['Web']);
    const one = await callControl(emu, 'DELETE', 'sessions', { UserID: 'u1' });
    expect(one.json.ended).toBe(1);
    const all = await callControl(emu, 'DELETE', 'sessions');
    expect(all.json.ended).toBe(1);
    expect(emu.store.sessions.size).toBe(0);
    expect(
      (await callControl(emu, 'POST', 'sessions', { UserID: 'u1', Platform: 'iPhone', Status: 'Away' }))
        .status,
    ).toBe(400);
  });

  it('answers unknown control routes and non-API paths with a JSON 404', async () => {
    const { emu } = testEmulator();
    expect((await callControl(emu, 'GET', 'nope')).status).toBe(404);
    const res = await emu.fetch(new Request('http://e/elsewhere'));
    expect(res.status).toBe(404);
  });
});
