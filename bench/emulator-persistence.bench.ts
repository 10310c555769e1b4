/**
 * `npx tsx bench/emulator-persistence.bench.ts`: what persistence costs on the full demo state
 * (~2,000 users, ~46,000 messages) — one save (`flush`) after a single `account_import`, after one
 * C2C `sendmsg` and after one `send_group_msg`, and the start-up from the saved state. Uses only the
 * emulator's public API (in-process, frozen clock), so it runs against older versions too. Prints
 * the median of a few rounds; docs/emulator.md quotes the figures.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callIm, testEmulator } from '../src/emulator/test-support';
import { median } from './sample-stats';

const ROUNDS = 5;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'im-emulator-persist-bench-'));
  try {
    const first = testEmulator({ dataDir, seed: 'demo', saveDelayMs: 1e9 }).emu;
    await callIm(first, 'im_open_login_svc/account_import', { UserID: 'bench_seed_write' });
    first.flush(); // the whole state once
    await first.close();
    const bytes = readdirSync(dataDir).reduce((n, f) => n + statSync(join(dataDir, f)).size, 0);

    const startUps: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t = performance.now();
      const emu = testEmulator({ dataDir, saveDelayMs: 1e9 }).emu;
      startUps.push(performance.now() - t);
      emu.flush(); // an old single file is migrated by its first save; not timed
      await emu.close();
    }

    const emu = testEmulator({ dataDir, saveDelayMs: 1e9 }).emu;
    const { json: group } = await callIm(emu, 'group_open_http_svc/get_appid_group_list', { Limit: 1 });
    const groupId = (group.GroupIdList as { GroupId: string }[])[0]?.GroupId ?? '';
    const timeSave = async (call: (i: number) => Promise<unknown>) => {
      const out: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        await call(i);
        const t = performance.now();
        emu.flush();
        out.push(performance.now() - t);
      }
      return median(out);
    };
    const importSave = await timeSave((i) =>
      callIm(emu, 'im_open_login_svc/account_import', { UserID: `bench_import_${i}` }),
    );
    const c2cSave = await timeSave((i) =>
      callIm(emu, 'openim/sendmsg', {
        From_Account: 'alice',
        To_Account: 'bob',
        MsgRandom: 9000 + i,
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `bench ${i}` } }],
      }),
    );
    const groupSave = await timeSave((i) =>
      callIm(emu, 'group_open_http_svc/send_group_msg', {
        GroupId: groupId,
        Random: 9000 + i,
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `bench ${i}` } }],
      }),
    );
    await emu.close();
    console.log(`state on disk: ${(bytes / 1e6).toFixed(1)} MB in ${readdirSync(dataDir).length} file(s)`);
    console.log(`save after account_import: ${ms(importSave)}`);
    console.log(`save after C2C sendmsg:    ${ms(c2cSave)}`);
    console.log(`save after send_group_msg: ${ms(groupSave)}`);
    console.log(`start-up from saved state: ${ms(median(startUps))}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
