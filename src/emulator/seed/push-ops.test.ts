/** The demo seed's push, global-mute and statistics data (../shared/im-api/06-push.md, 12, 13). */
import { describe, expect, it } from 'vitest';
import { callIm, testEmulator } from '../test-support';
import { buildSeed } from './index';

describe('demo seed: push, global mute, statistics', () => {
  it('is the same byte for byte for the same inputs', () => {
    const a = buildSeed('demo', { admins: ['administrator'], nowSeconds: 1_740_000_000 });
    const b = buildSeed('demo', { admins: ['administrator'], nowSeconds: 1_740_000_000 });
    for (const key of ['push', 'globalMute', 'stats']) {
      expect(JSON.stringify(a.slices?.[key]), key).toBe(JSON.stringify(b.slices?.[key]));
    }
  });

  it('names all 10 attributes and gives segments believable sizes', async () => {
    const { emu } = testEmulator({ seed: 'demo' });
    const { json } = await callIm(emu, 'all_member_push/im_get_attr_name', {});
    expect(Object.keys(json.AttrNames as object)).toHaveLength(10);
    // Segments are sized against the users with push data: the demo's plain crowd accounts have none.
    const all = emu.store.push.audienceOf(undefined);
    const withData = all.filter(
      (u) => Object.keys(emu.store.push.attrsOf(u)).length > 0 || emu.store.push.tagsOf(u).length > 0,
    );
    expect(emu.store.push.attrsOf('user_4990')).toEqual({});
    expect(emu.store.push.tagsOf('user_4990')).toEqual([]);
    const users = withData.length;
    expect(users).toBeGreaterThan(250);
    const shenzhen = emu.store.push.audienceOf({ AttrsAnd: { city: 'Shenzhen' } }).length;
    expect(shenzhen / users).toBeGreaterThan(0.08);
    expect(shenzhen / users).toBeLessThan(0.3);
    const newsletter = emu.store.push.audienceOf({ TagsOr: ['newsletter'] }).length;
    expect(newsletter / users).toBeGreaterThan(0.1);
    expect(newsletter / users).toBeLessThan(0.6);
    const tasks = emu.store.push.pushTasks();
    expect(tasks).toHaveLength(6);
    for (const t of tasks) expect(t.recipients.length, t.TaskId).toBeGreaterThan(0);
  });

  it('mutes a few accounts and publishes 30 days of statistics that match the account list', async () => {
    const { emu } = testEmulator({ seed: 'demo' });
    const now = Math.floor(emu.clock.nowMs() / 1000);
    const muted = emu.store.globalMute.muted(now);
    expect(muted.length).toBeGreaterThanOrEqual(3);
    expect(
      (await callIm(emu, 'openconfigsvr/getnospeaking', { Get_Account: 'eve' })).json.GroupmsgNospeakingTime,
    ).toBeGreaterThan(0);
    const { json } = await callIm(emu, 'openconfigsvr/getappinfo', {});
    const rows = json.Result as Record<string, string>[];
    expect(rows).toHaveLength(30);
    const newest = rows[0] as Record<string, string>;
    expect(Number(newest.RegistUserNumTotal)).toBe(emu.store.liveAccountCount());
    // The month's group total ends near the seeded groups (~300), not one per seven accounts.
    expect(Math.abs(Number(newest.GroupAllGroupNum) - emu.store.groups.list().length)).toBeLessThan(25);
    expect(Number(newest.ActiveUserNum)).toBeGreaterThan(30);
    expect(Number(newest.ActiveUserNum)).toBeLessThan(Number(newest.RegistUserNumTotal));
  });
});
