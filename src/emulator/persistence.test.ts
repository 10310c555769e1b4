/** State under `dataDir`: saved atomically and debounced, loaded at start, so a restart sees the data. */
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

  it('refuses a corrupt state file with a sentence naming it', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, STATE_FILE), '{"format":"something else"}');
    expect(() => testEmulator({ dataDir })).toThrow(/emulator-state\.json has an unexpected shape/);
    writeFileSync(join(dataDir, STATE_FILE), 'not json');
    expect(() => testEmulator({ dataDir })).toThrow(/is not valid JSON/);
  });
});
