/** The area control routes: the push log and switch, "include today" for statistics, active global mutes. */
import { describe, expect, it } from 'vitest';
import { callControl, callIm, testEmulator } from './test-support';

const text = [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hello all' } }];

describe('area control routes', () => {
  it('switches all-member push off and on, and reads the push log', async () => {
    const { emu } = testEmulator({ rateLimits: false });
    for (const id of ['u1', 'u2']) emu.store.createAccount(id, 0);
    expect((await callControl(emu, 'GET', 'push')).json).toEqual({ enabled: true, tasks: 0 });

    const off = await callControl(emu, 'POST', 'push', { enabled: false });
    expect(off).toEqual({ status: 200, json: { ok: true, enabled: false, tasks: 0 } });
    const refused = await callIm(emu, 'all_member_push/im_push', { MsgRandom: 1, MsgBody: text });
    expect(refused.json).toMatchObject({ ErrorCode: 90045 });

    await callControl(emu, 'POST', 'push', { enabled: true });
    const sent = await callIm(emu, 'all_member_push/im_push', { MsgRandom: 2, MsgBody: text });
    expect(sent.json.ErrorCode).toBe(0);
    const log = await callControl(emu, 'GET', 'push/tasks');
    expect(log.json).toMatchObject({ total: 1, offset: 0 });
    const [task] = log.json.tasks as { TaskId: string; recipients: string[] }[];
    expect(task?.TaskId).toBe(sent.json.TaskId);
    expect(task?.recipients).toEqual(['u1', 'u2']);
    const one = await callControl(emu, 'GET', `push/tasks/${encodeURIComponent(String(sent.json.TaskId))}`);
    expect(one.json).toMatchObject({ TaskId: sent.json.TaskId, audience: 'all' });
    expect((await callControl(emu, 'GET', 'push/tasks/nope')).status).toBe(404);
    expect((await callControl(emu, 'GET', 'push/tasks?limit=0')).status).toBe(400);
    expect((await callControl(emu, 'POST', 'push', { enabled: 'yes' })).status).toBe(400);
  });

  it('turns "include today" on so getappinfo answers today so far', async () => {
    const { emu } = testEmulator();
    await callIm(emu, 'im_open_login_svc/account_import', { UserID: 'new_today' });
    const appinfo = async () =>
      (await callIm(emu, 'openconfigsvr/getappinfo', { RequestField: ['RegistUserNumOneDay'] })).json.Result;
    expect(await appinfo()).toEqual([]);
    expect((await callControl(emu, 'POST', 'stats', { includeToday: true })).json).toMatchObject({
      ok: true,
      includeToday: true,
    });
    expect(await appinfo()).toEqual([{ Date: '20250301', RegistUserNumOneDay: '2' }]);
    expect((await callControl(emu, 'GET', 'stats')).json).toMatchObject({ includeToday: true });
    expect((await callControl(emu, 'POST', 'stats', {})).status).toBe(400);
  });

  it('lists the active global mutes with what is left of each', async () => {
    const { emu } = testEmulator();
    emu.store.createAccount('quiet', 0);
    await callIm(emu, 'openconfigsvr/setnospeaking', { Set_Account: 'quiet', C2CmsgNospeakingTime: 60 });
    expect((await callControl(emu, 'GET', 'mutes')).json).toEqual({
      muted: [{ userId: 'quiet', c2c: 60, group: 0 }],
    });
  });
});
