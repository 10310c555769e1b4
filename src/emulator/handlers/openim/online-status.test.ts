/** `query_online_status` and `querystate` against the Emulator rules of ../shared/im-api/02-accounts.md. */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../../api/endpoints';
import { callIm, testEmulator } from '../../test-support';
import type { Emulator } from '../../app';

function setup(): Emulator {
  const { emu } = testEmulator();
  const now = Math.floor(emu.clock.nowMs() / 1000);
  for (const id of ['id1', 'id2', 'id3', 'id5']) emu.store.createAccount(id, now);
  emu.store.setSession('id1', { platform: 'iPhone', status: 'PushOnline', since: now - 60 });
  emu.store.setSession('id1', { platform: 'Web', status: 'Online', since: now - 60 });
  emu.store.setSession('id3', { platform: 'Android', status: 'PushOnline', since: now - 3600 });
  // PushOnline for more than 7 days no longer counts (Offline).
  emu.store.setSession('id5', { platform: 'Android', status: 'PushOnline', since: now - 8 * 86_400 });
  return emu;
}

describe('openim/query_online_status', () => {
  it('reports Online/PushOnline/Offline in order, unknown accounts in ErrorList with 70107', async () => {
    const emu = setup();
    const { json } = await callIm(emu, 'openim/query_online_status', {
      To_Account: ['id1', 'id2', 'id3', 'id4', 'id5'],
    });
    expect(endpoints['openim/query_online_status'].response.safeParse(json).success).toBe(true);
    expect(json.QueryResult).toEqual([
      { To_Account: 'id1', Status: 'Online' },
      { To_Account: 'id2', Status: 'Offline' },
      { To_Account: 'id3', Status: 'PushOnline' },
      { To_Account: 'id5', Status: 'Offline' },
    ]);
    expect(json.ErrorList).toEqual([{ To_Account: 'id4', ErrorCode: 70107 }]);
  });

  it('adds Detail per platform with IsNeedDetail 1, never for offline accounts; ErrorList [] when empty', async () => {
    const emu = setup();
    const { json } = await callIm(emu, 'openim/query_online_status', {
      IsNeedDetail: 1,
      To_Account: ['id1', 'id2'],
    });
    expect(json.QueryResult).toEqual([
      {
        To_Account: 'id1',
        Status: 'Online',
        Detail: [
          { Platform: 'iPhone', Status: 'PushOnline' },
          { Platform: 'Web', Status: 'Online' },
        ],
      },
      { To_Account: 'id2', Status: 'Offline' },
    ]);
    expect(json.ErrorList).toEqual([]);
  });

  it('follows the control routes: a simulated login shows up, a kick ends it', async () => {
    const emu = setup();
    const post = (body: unknown) =>
      emu.fetch(new Request('http://e/__emulator/sessions', { method: 'POST', body: JSON.stringify(body) }));
    expect((await post({ UserID: 'id2', Platform: 'Mac', Status: 'Online' })).status).toBe(200);
    expect((await post({ UserID: 'nobody', Platform: 'Mac', Status: 'Online' })).status).toBe(404);
    const before = await callIm(emu, 'openim/query_online_status', { To_Account: ['id2'] });
    expect(before.json.QueryResult).toEqual([{ To_Account: 'id2', Status: 'Online' }]);
    await callIm(emu, 'im_open_login_svc/kick', { UserID: 'id2' });
    const after = await callIm(emu, 'openim/query_online_status', { To_Account: ['id2'] });
    expect(after.json.QueryResult).toEqual([{ To_Account: 'id2', Status: 'Offline' }]);
  });
});

describe('openim/querystate (legacy name)', () => {
  it('answers like query_online_status with State beside Status', async () => {
    const emu = setup();
    const { json } = await callIm(emu, 'openim/querystate', {
      IsNeedDetail: 1,
      To_Account: ['id1', 'id2', 'id4'],
    });
    expect(endpoints['openim/querystate'].response.safeParse(json).success).toBe(true);
    expect(json.QueryResult).toEqual([
      {
        To_Account: 'id1',
        Status: 'Online',
        State: 'Online',
        Detail: [
          { Platform: 'iPhone', Status: 'PushOnline' },
          { Platform: 'Web', Status: 'Online' },
        ],
      },
      { To_Account: 'id2', Status: 'Offline', State: 'Offline' },
    ]);
    expect(json.ErrorList).toEqual([{ To_Account: 'id4', ErrorCode: 70107 }]);
  });
});
