/** State under `dataDir`: saved atomically and debounced, loaded at start, recovered from crashes and corruption. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STATE_FILE } from './persistence';
import { callIm, testEmulator } from './test-support';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'im-emulator-test-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('persistence', () => {
  it('keeps accounts, profiles, tombstones and sessions across a restart', async () => {
    const dataDir = tempDir();
    const first = testEmulator({ dataDir }).emu;
    await callIm(first, 'im_open_login_svc/multiaccount_import', {
      AccountList: [{ UserID: 'keeper', Nick: '留下' }, { UserID: 'leaver' }],
    });
    await callIm(first, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'leaver' }] });
    first.store.setSession('keeper', { platform: 'Web', status: 'Online', since: 1 });
    first.store.customTags.push({ tag: 'Tag_Profile_Custom_Extra', adminRead: true, adminWrite: true });
    await first.close();
    expect(readdirSync(dataDir)).toEqual([STATE_FILE]);

    const second = testEmulator({ dataDir, seed: 'demo' }).emu;
    expect(second.store.isImported('keeper')).toBe(true);
    expect(second.store.profile('keeper').get('Tag_Profile_IM_Nick')).toBe('留下');
    expect(second.store.tombstone('leaver')?.deletedAt).toBeTypeOf('number');
    expect(second.store.sessionsOf('keeper')).toEqual([{ platform: 'Web', status: 'Online', since: 1 }]);
    expect(second.store.customTag('Tag_Profile_Custom_Extra')).toBeDefined();
    // The saved state wins over the seed option: no demo users appeared.
    expect(second.store.isImported('alice')).toBe(false);
    await second.close();
  });

  it('debounces saves: nothing is written until the delay passes or close flushes', async () => {
    const dataDir = tempDir();
    const { emu } = testEmulator({ dataDir, saveDelayMs: 10_000 });
    await callIm(emu, 'im_open_login_svc/account_import', { UserID: 'later' });
    expect(readdirSync(dataDir)).toEqual([]);
    emu.flush();
    const saved = JSON.parse(readFileSync(join(dataDir, STATE_FILE), 'utf8')) as {
      store: { accounts: { userId: string }[] };
    };
    expect(saved.store.accounts.map((a) => a.userId)).toContain('later');
    await emu.close();
  });

  it('saves after a short debounce on its own', async () => {
    const dataDir = tempDir();
    const { emu } = testEmulator({ dataDir, saveDelayMs: 5 });
    await callIm(emu, 'im_open_login_svc/account_import', { UserID: 'soon' });
    await new Promise((r) => setTimeout(r, 50));
    expect(readFileSync(join(dataDir, STATE_FILE), 'utf8')).toContain('"soon"');
    await emu.close();
  });

  it.each([
    ['garbage', 'not json at all \u0000\u0001', /is not valid JSON/],
    ['an empty file', '', /is empty/],
    ['another shape', '{"format":"something else"}', /unexpected shape/],
  ])('moves %s aside with one log line and starts from the seed', (_, text, why) => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, STATE_FILE), text);
    const lines: string[] = [];
    const { emu } = testEmulator({ dataDir, seed: 'empty', log: (l) => lines.push(l) });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(why);
    // The manual clock's start time names the file (2025-03-01T00:00:00Z).
    const aside = `${STATE_FILE}.corrupt-2025-03-01T00-00-00-000Z`;
    expect(lines[0]).toContain(aside);
    expect(readdirSync(dataDir)).toEqual([aside]);
    expect(readFileSync(join(dataDir, aside), 'utf8')).toBe(text);
    expect(emu.store.summary().accounts).toBe(1); // only the admin: the empty seed
  });

  it('recovers from a file truncated mid-write and keeps the next save readable', async () => {
    const dataDir = tempDir();
    const first = testEmulator({ dataDir, seed: 'demo' }).emu;
    await callIm(first, 'im_open_login_svc/account_import', { UserID: 'kept' });
    await first.close();
    const full = readFileSync(join(dataDir, STATE_FILE), 'utf8');
    writeFileSync(join(dataDir, STATE_FILE), full.slice(0, Math.floor(full.length / 2)));

    const lines: string[] = [];
    const second = testEmulator({ dataDir, seed: 'demo', log: (l) => lines.push(l) }).emu;
    expect(lines).toEqual([expect.stringMatching(/not valid JSON.*moved it to .*corrupt-/)]);
    expect(second.store.isImported('alice')).toBe(true); // the demo seed again
    expect(second.store.isImported('kept')).toBe(false); // the lost write
    await callIm(second, 'im_open_login_svc/account_import', { UserID: 'after' });
    await second.close();
    const third = testEmulator({ dataDir, log: (l) => lines.push(l) }).emu;
    expect(third.store.isImported('after')).toBe(true);
    expect(lines).toHaveLength(1);
    await third.close();
  }, 30_000); // builds, saves and reloads the ~50,000-message demo three times

  it("treats a file whose slices do not load as corrupt (a slice's own schema)", async () => {
    const dataDir = tempDir();
    const { emu } = testEmulator({ dataDir });
    await callIm(emu, 'im_open_login_svc/account_import', { UserID: 'someone' });
    await emu.close();
    const saved = JSON.parse(readFileSync(join(dataDir, STATE_FILE), 'utf8')) as {
      store: { slices: Record<string, unknown> };
    };
    saved.store.slices.push = { enabled: 'yes' };
    writeFileSync(join(dataDir, STATE_FILE), JSON.stringify(saved));
    const lines: string[] = [];
    testEmulator({ dataDir, log: (l) => lines.push(l) });
    expect(lines).toEqual([expect.stringMatching(/its data does not load/)]);
    expect(readdirSync(dataDir).some((f) => f.startsWith(`${STATE_FILE}.corrupt-`))).toBe(true);
  });

  it('ignores a stale temporary file of a crashed save and removes it', async () => {
    const dataDir = tempDir();
    const first = testEmulator({ dataDir }).emu;
    await callIm(first, 'im_open_login_svc/account_import', { UserID: 'saved' });
    await first.close();
    // A process that died mid-write (no such pid) left half a snapshot behind.
    const stale = `${STATE_FILE}.999999999.tmp`;
    writeFileSync(join(dataDir, stale), '{"format":"im-emulator-state","sdk');
    const lines: string[] = [];
    const second = testEmulator({ dataDir, log: (l) => lines.push(l) }).emu;
    expect(lines).toEqual([]);
    expect(second.store.isImported('saved')).toBe(true);
    expect(readdirSync(dataDir)).toEqual([STATE_FILE]);
    await second.close();
  });

  it('logs a failed save instead of throwing from the timer, and retries on the next flush', async () => {
    const dataDir = tempDir();
    const lines: string[] = [];
    const { emu } = testEmulator({ dataDir, log: (l) => lines.push(l) });
    await callIm(emu, 'im_open_login_svc/account_import', { UserID: 'retry' });
    rmSync(dataDir, { recursive: true });
    writeFileSync(dataDir, 'a file where the directory should be');
    expect(() => emu.flush()).not.toThrow();
    expect(lines).toEqual([expect.stringMatching(/Could not save the emulator state/)]);
    rmSync(dataDir);
    emu.flush();
    expect(readFileSync(join(dataDir, STATE_FILE), 'utf8')).toContain('"retry"');
    await emu.close();
  });
});
