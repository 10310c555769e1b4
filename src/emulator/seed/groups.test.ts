/** The demo groups: deterministic, every type, valid message bodies, loadable by the slice and served by the handlers. */
import { describe, expect, it } from 'vitest';
import { msgBodySchema } from '../../api/elements';
import { groupsSavedSchema } from '../state/groups-model';
import { callIm, testEmulator } from '../test-support';
import { buildGroupsSeed } from './groups';
import { createRng } from './prng';

const NOW = 1_740_787_200;
const userIds = [
  'alice',
  'bob',
  'carol',
  ...Array.from({ length: 290 }, (_, i) => `user_${String(i + 1).padStart(4, '0')}`),
];
const build = () => buildGroupsSeed({ rng: createRng('demo/groups'), userIds, nowSeconds: NOW });

describe('demo groups seed', () => {
  const seed = build();

  it('is identical for the same inputs and matches the saved-form schema', () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(seed));
    expect(groupsSavedSchema.safeParse(seed).success).toBe(true);
  });

  it('has about 60 groups of every type with owners, admins, mutes, a mute-all group and topics', () => {
    expect(seed.groups.length).toBeGreaterThanOrEqual(55);
    for (const type of ['Private', 'Public', 'ChatRoom', 'AVChatRoom', 'Community'] as const) {
      expect(seed.groups.filter((g) => g.type === type).length, type).toBeGreaterThan(3);
    }
    expect(new Set(seed.groups.map((g) => g.groupId)).size).toBe(seed.groups.length);
    expect(seed.groups.some((g) => g.members.some((m) => m.role === 'Admin'))).toBe(true);
    expect(seed.groups.some((g) => g.members.some((m) => m.nameCard))).toBe(true);
    expect(seed.groups.some((g) => g.mutes.length > 0)).toBe(true);
    expect(seed.groups.some((g) => g.muteAll)).toBe(true);
    expect(seed.groups.filter((g) => g.topics.length > 0).length).toBeGreaterThan(1);
    expect(Math.max(...seed.groups.map((g) => g.members.length))).toBeGreaterThan(100);
  });

  it('has a few hundred valid messages of several kinds within the roaming window, some recalled', () => {
    const msgs = seed.groups.flatMap((g) => [...g.messages, ...g.topics.flatMap((t) => t.messages)]);
    expect(msgs.length).toBeGreaterThan(200);
    expect(new Set(msgs.flatMap((m) => m.body.map((e) => e.MsgType))).size).toBeGreaterThanOrEqual(7);
    expect(msgs.some((m) => m.recalled)).toBe(true);
    for (const m of msgs) {
      expect(msgBodySchema.safeParse(m.body).success).toBe(true);
      expect(m.time).toBeGreaterThan(NOW - 7 * 86_400);
      expect(m.time).toBeLessThan(NOW);
    }
  });

  it('is served by the demo emulator: listed, readable and with history', async () => {
    const { emu } = testEmulator({ seed: 'demo' });
    const list = await callIm(emu, 'group_open_http_svc/get_appid_group_list', {});
    expect(list.json.TotalCount).toBeGreaterThanOrEqual(55);
    const g = emu.store.groups.group('demo_team');
    expect(g?.type).toBe('Private');
    const history = await callIm(emu, 'group_open_http_svc/group_msg_get_simple', {
      GroupId: 'announcements',
      ReqMsgNumber: 20,
    });
    expect(history.json.ErrorCode).toBe(0);
  });
});
