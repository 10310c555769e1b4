/**
 * Persistence in parts (persistence.ts): each large part in its own file, rewritten only when its
 * slice was reached outside a read; a crash between files never loads a mix; old single files migrate.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from './app';
import { saveState, STATE_FILE } from './persistence';
import { groupShardKey } from './state/groups';
import { emptySnapshot, Store } from './store';
import { callControl, callIm, TEST_APP_ID, testEmulator } from './test-support';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'im-emulator-parts-test-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const partFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f !== STATE_FILE)
    .sort();
const manifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, STATE_FILE), 'utf8')) as {
    format: string;
    generation: number;
    parts: Record<string, { file: string }>;
  };
/** Every part's JSON (the store's snapshot, part by part, so a mismatch names its part). */
const whole = (emu: Emulator): Record<string, string> =>
  Object.fromEntries(emu.store.partKeys().map((k) => [k, JSON.stringify(emu.store.partSnapshot(k))]));
/** The parts whose JSON differs. */
const differing = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);
const text = (body: string) => [{ MsgType: 'TIMTextElem', MsgContent: { Text: body } }];

async function firstGroupId(emu: Emulator): Promise<string> {
  const { json } = await callIm(emu, 'group_open_http_svc/get_appid_group_list', { Limit: 1 });
  return (json.GroupIdList as { GroupId: string }[])[0]?.GroupId ?? '';
}

describe('persistence in parts', () => {
  it('saves a change in each slice (and the core) and loads the same state byte for byte', async () => {
    const dataDir = tempDir();
    const first = testEmulator({ dataDir, seed: 'demo', saveDelayMs: 1e9 }).emu;
    await callIm(first, 'im_open_login_svc/account_import', { UserID: 'baseline' });
    first.flush();
    // The demo's large parts have their own files; the small ones sit in the manifest.
    expect(Object.keys(manifest(dataDir).parts).sort()).toEqual(
      expect.arrayContaining(['c2c', 'conversations', 'core', 'relationships', 'push']),
    );
    // Groups are saved in shard files by GroupId hash (the slice's own part is small and inline).
    expect(
      Object.keys(manifest(dataDir).parts).filter((k) => /^groups-s\d\d$/.test(k)).length,
    ).toBeGreaterThan(30);
    expect(partFiles(dataDir)).toHaveLength(Object.keys(manifest(dataDir).parts).length);

    const groupId = await firstGroupId(first);
    const pushEnabled = ((await callControl(first, 'GET', 'push')).json as { enabled: boolean }).enabled;
    const now = Math.floor(first.clock.nowMs() / 1000);
    const changes: [string, () => Promise<unknown> | void][] = [
      ['core', () => callIm(first, 'im_open_login_svc/account_import', { UserID: 'one_more' })],
      [
        'c2c',
        () =>
          callIm(first, 'openim/sendmsg', {
            From_Account: 'alice',
            To_Account: 'carol',
            MsgRandom: 77,
            MsgBody: text('kept'),
          }),
      ],
      // Reached directly (no request): marked all the same.
      ['conversations', () => first.store.conversations.setPinned('eve', { type: 1, id: 'lina' }, true, now)],
      [
        groupShardKey(groupId),
        () =>
          callIm(first, 'group_open_http_svc/send_group_msg', {
            GroupId: groupId,
            Random: 5,
            MsgBody: text('g'),
          }),
      ],
      ['push', () => callControl(first, 'POST', 'push', { enabled: !pushEnabled })],
      [
        'globalMute',
        () => callIm(first, 'openconfigsvr/setnospeaking', { Set_Account: 'bob', C2CmsgNospeakingTime: 600 }),
      ],
      ['stats', () => callControl(first, 'POST', 'stats', { includeToday: true })],
      [
        'relationships',
        () =>
          callIm(first, 'sns/friend_add', {
            From_Account: 'carol',
            AddFriendItem: [{ To_Account: 'user_1500', AddSource: 'AddSource_Type_Test' }],
            ForceAddFlags: 1,
          }),
      ],
    ];
    for (const [part, change] of changes) {
      const before = JSON.stringify(first.store.partSnapshot(part));
      await change();
      expect(JSON.stringify(first.store.partSnapshot(part)), `${part} changed`).not.toBe(before);
      first.flush();
    }
    const expected = whole(first);
    await first.close();

    const second = testEmulator({ dataDir, saveDelayMs: 1e9 }).emu;
    expect(differing(whole(second), expected)).toEqual([]);
    expect(second.store.isImported('one_more')).toBe(true);
    await second.close();
  }, 60_000);

  it('rewrites only the parts reached by writes: reads and an account import leave the message files alone', async () => {
    const dataDir = tempDir();
    const emu = testEmulator({ dataDir, seed: 'demo', saveDelayMs: 1e9 }).emu;
    await callIm(emu, 'im_open_login_svc/account_import', { UserID: 'baseline' });
    emu.flush();
    const before = manifest(dataDir).parts;
    await callIm(emu, 'openim/admin_getroammsg', {
      Operator_Account: 'alice',
      Peer_Account: 'bob',
      MaxCnt: 10,
      MinTime: 0,
      MaxTime: 4_000_000_000,
    });
    await callIm(emu, 'group_open_http_svc/get_group_info', { GroupIdList: [await firstGroupId(emu)] });
    await callControl(emu, 'GET', 'push/tasks');
    await callIm(emu, 'im_open_login_svc/account_import', { UserID: 'newcomer' });
    emu.flush();
    const after = manifest(dataDir).parts;
    expect(after.c2c).toEqual(before.c2c);
    const groupParts = (parts: typeof after) => Object.entries(parts).filter(([k]) => k.startsWith('groups'));
    expect(groupParts(after)).toEqual(groupParts(before));
    expect(after.relationships).toEqual(before.relationships);
    expect(after.core).not.toEqual(before.core);
    // The replaced core file is gone: only the files the manifest names are left.
    expect(partFiles(dataDir)).toEqual(
      Object.values(after)
        .map((p) => p.file)
        .sort(),
    );
    await emu.close();
  }, 60_000);

  it('loads the previous state whole when a crash left new part files without their manifest', async () => {
    const dataDir = tempDir();
    const emu = testEmulator({ dataDir, seed: 'demo', saveDelayMs: 1e9 }).emu;
    await callIm(emu, 'im_open_login_svc/account_import', { UserID: 'before_crash' });
    emu.flush();
    const stateA = whole(emu);
    const crashed = tempDir();
    cpSync(dataDir, crashed, { recursive: true });

    // Save B changes the core, C2C and group parts; copy its new part files next to A's manifest,
    // as if the process died after writing them and before renaming the manifest, plus a torn temp file.
    await callIm(emu, 'im_open_login_svc/account_import', { UserID: 'after_crash' });
    await callIm(emu, 'openim/sendmsg', {
      From_Account: 'alice',
      To_Account: 'bob',
      MsgRandom: 4242,
      MsgBody: text('lost'),
    });
    const groupId = await firstGroupId(emu);
    await callIm(emu, 'group_open_http_svc/send_group_msg', {
      GroupId: groupId,
      Random: 9,
      MsgBody: text('lost'),
    });
    emu.flush();
    const stateB = whole(emu);
    await emu.close();
    const generationB = manifest(dataDir).generation;
    const newParts = partFiles(dataDir).filter((f) => f.endsWith(`.${generationB}.json`));
    expect(newParts.length).toBeGreaterThanOrEqual(3);
    for (const f of newParts) cpSync(join(dataDir, f), join(crashed, f));
    writeFileSync(join(crashed, `emulator-state.groups.${generationB}.json.999999999.tmp`), '{"nextList');

    const lines: string[] = [];
    const recovered = testEmulator({ dataDir: crashed, log: (l) => lines.push(l), saveDelayMs: 1e9 }).emu;
    expect(lines).toEqual([]);
    expect(differing(whole(recovered), stateA)).toEqual([]); // all of A, nothing of B
    expect(recovered.store.isImported('after_crash')).toBe(false);
    expect(partFiles(crashed)).toEqual(
      Object.values(manifest(crashed).parts)
        .map((p) => p.file)
        .sort(),
    );
    await recovered.close();

    // And the manifest of B with one of its part files missing is refused, never mixed with A's.
    const torn = tempDir();
    cpSync(dataDir, torn, { recursive: true });
    rmSync(join(torn, manifest(torn).parts.c2c?.file ?? ''));
    const torn2 = testEmulator({
      dataDir: torn,
      seed: 'empty',
      log: (l) => lines.push(l),
      saveDelayMs: 1e9,
    }).emu;
    expect(lines).toEqual([expect.stringMatching(/its part c2c does not load/)]);
    expect(differing(whole(torn2), stateB)).not.toEqual([]);
    expect(torn2.store.isImported('alice')).toBe(false); // the empty seed
    await torn2.close();
  }, 60_000);

  it('rewrites only the shard file of the group a message was sent in', async () => {
    const dataDir = tempDir();
    const emu = testEmulator({ dataDir, seed: 'demo', saveDelayMs: 1e9 }).emu;
    await callIm(emu, 'im_open_login_svc/account_import', { UserID: 'baseline' });
    emu.flush();
    const before = manifest(dataDir).parts;
    const groupId = await firstGroupId(emu);
    await callIm(emu, 'group_open_http_svc/send_group_msg', {
      GroupId: groupId,
      Random: 3,
      MsgBody: text('x'),
    });
    emu.flush();
    const after = manifest(dataDir).parts;
    const changedGroupParts = Object.keys(after).filter(
      (k) => k.startsWith('groups') && after[k]?.file !== before[k]?.file,
    );
    expect(changedGroupParts).toEqual([groupShardKey(groupId)]);
    await emu.close();
    const again = testEmulator({ dataDir, saveDelayMs: 1e9 }).emu;
    const { json } = await callIm(again, 'group_open_http_svc/group_msg_get_simple', {
      GroupId: groupId,
      ReqMsgNumber: 1,
    });
    expect(JSON.stringify(json.RspMsgList)).toContain('"Text":"x"');
    await again.close();
  }, 60_000);

  it('loads a manifest whose groups part is not split yet, and splits it at the next save', async () => {
    const dataDir = tempDir();
    const emu = testEmulator({ dataDir, seed: 'demo', saveDelayMs: 1e9 }).emu;
    await callIm(emu, 'im_open_login_svc/account_import', { UserID: 'baseline' });
    emu.flush();
    const expected = whole(emu);
    const allGroups = JSON.stringify(emu.store.snapshot().slices?.groups);
    await emu.close();
    // Rewrite the state as an older version saved it: the whole groups slice inline, no shards.
    const m = JSON.parse(readFileSync(join(dataDir, STATE_FILE), 'utf8')) as {
      parts: Record<string, unknown>;
      store: { slices: Record<string, unknown> };
    };
    for (const k of Object.keys(m.parts)) if (k.startsWith('groups')) delete m.parts[k];
    m.store.slices = { ...m.store.slices, groups: JSON.parse(allGroups) as unknown };
    for (const k of Object.keys(m.store.slices)) if (k.startsWith('groups-s')) delete m.store.slices[k];
    writeFileSync(join(dataDir, STATE_FILE), JSON.stringify(m));

    const old = testEmulator({ dataDir, saveDelayMs: 1e9 }).emu;
    expect(differing(whole(old), expected)).toEqual([]);
    await callIm(old, 'im_open_login_svc/account_import', { UserID: 'later' });
    old.flush();
    expect(
      Object.keys(manifest(dataDir).parts).filter((k) => k.startsWith('groups-s')).length,
    ).toBeGreaterThan(30);
    await old.close();
    const split = testEmulator({ dataDir, saveDelayMs: 1e9 }).emu;
    expect(JSON.stringify(split.store.snapshot().slices?.groups)).toBe(allGroups);
    await split.close();
  }, 60_000);

  it('loads an old single-file state and rewrites it as a manifest with part files', async () => {
    const dataDir = tempDir();
    const source = testEmulator({ seed: 'demo' }).emu;
    await callIm(source, 'im_open_login_svc/account_import', { UserID: 'from_v1' });
    const expected = whole(source);
    saveState(dataDir, {
      format: 'im-emulator-state',
      sdkAppId: TEST_APP_ID,
      seed: 'demo',
      savedAt: new Date(0).toISOString(),
      store: source.store.snapshot(),
    });
    expect(readdirSync(dataDir)).toEqual([STATE_FILE]);

    const migrated = testEmulator({ dataDir, seed: 'empty', saveDelayMs: 1e9 }).emu;
    expect(differing(whole(migrated), expected)).toEqual([]);
    await migrated.close(); // the migration was scheduled at start; close flushes it
    expect(manifest(dataDir).format).toBe('im-emulator-state/2');
    expect(partFiles(dataDir).length).toBeGreaterThan(0);

    const again = testEmulator({ dataDir, saveDelayMs: 1e9 }).emu;
    expect(differing(whole(again), expected)).toEqual([]);
    await again.close();
  }, 60_000);
});

describe('store change marks', () => {
  it('marks a slice reached outside a read window, and again when a write window that awaited ends', async () => {
    const store = new Store(['administrator'], emptySnapshot(), 1000);
    store.takeChangedParts();
    store.track('read', () => store.c2c.summary());
    expect([...store.takeChangedParts()]).toEqual(['core']);
    void store.groups;
    expect(store.takeChangedParts().has('groups')).toBe(true);

    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const pending = store.track('write', async () => {
      const push = store.push; // reached before a save, changed after it
      await gate;
      push.enabled = false;
    });
    expect(store.takeChangedParts().has('push')).toBe(true); // the save in between
    release();
    await pending;
    expect(store.takeChangedParts().has('push')).toBe(true);
  });
});
