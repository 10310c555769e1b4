/**
 * `npm run bench` (second part): the emulator at scale. Starts `npm run emulator -- --seed scale` in its
 * own process and times it until `/__emulator/health` answers (build of 1,000,000 accounts, 100,000
 * groups and 1,000,000 messages, goal < 60 s); then sends a mix of reads and writes over real HTTP
 * (loopback keep-alive, one request at a time) and reports p50/p99 per call (goal p99 ≤ 5 ms).
 * Replaces only its own section of docs/benchmarks.md (the one under SECTION).
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { genUserSig } from '../src/api/usersig';
import { scaleGroupMessageCount } from '../src/emulator/seed/scale-data';
import {
  SCALE_BIG_GROUP,
  SCALE_BIG_GROUP_MEMBERS,
  SCALE_GROUPS,
  SCALE_TYPE_CYCLE,
  SCALE_USERS,
  scaleGroupId,
  scaleGroupMembers,
  scalePair,
  scaleUserId,
} from '../src/emulator/seed/scale-layout';
import {
  BENCH_SDKAPPID as SDKAPPID,
  BENCH_SECRET_KEY as KEY,
  root,
  startEmulatorProcess,
  stopAll,
} from './harness';
import { writeSection } from './report';
import { percentile } from './sample-stats';

const PORT = Number(process.env.BENCH_SCALE_PORT ?? 19191);
const PER_CALL = Number(process.env.BENCH_SCALE_CALLS ?? 2000);
const SECTION = '## Emulator at scale: `--seed scale`';
/** What decides the tail (measured with `--trace-gc`/`--trace-gc-nvp`); printed with every run. */
const TAIL = `
What decides p99: the garbage collector. Each young-generation pause (scavenge) grows with the old
generation it sits in (~6 ms with a 2 GB heap on this machine, one every 15–90 ms under this mix), and
any request that meets one pays it. Until 2026-11-26 the process heap sat at ~2.0–2.3 GB: ~1.16 GB of
live records plus the seed build's garbage, which V8 left alone because its next full-collection limit
was set mid-build. Since then the seed's records are adopted instead of copied, profiles are flat lists
instead of a Map per user, members share the accounts' UserID strings and one empty custom-data list,
and one full collection runs right after the seed is built (\`src/emulator/heap.ts\`, part of every
start, not a bench flag). Two interleaved before/after rounds on 2026-11-26 (2 cores shared with other
jobs, load average 5–8, 2,000 calls per kind): heap after start 2.04 → 1.01 GB; median scavenge during
the mix 16.1 → 5.6 ms and 6.4 → 4.2 ms; start-up 35 → 23 s and 34 → 14 s; p99 14.4 → 4.5 ms and
5.7 → 6.4 ms. So the heap halved and the pauses shortened, but on this shared machine p99 still moves
by milliseconds between runs and stays near 5 ms: the goal is met in some runs, not reliably.
Remaining tail: \`get_group_member_info\` on the 100k group walks the members up to the cursor (p50
~1.5 ms), and every scavenge still costs ~4 ms at 1 GB.
`;
const DAY = 86_400;

/** A deterministic pseudo-random integer in [0, n) (the bench repeats its own request mix). */
let state = 12345;
const rand = (n: number) => {
  state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
  return Math.floor((state / 2 ** 32) * n);
};
const anyUser = () => scaleUserId(1 + rand(SCALE_USERS));
/** A random ordinary group that keeps members (AVChatRoom excluded). */
const memberGroup = (): number => {
  for (;;) {
    const i = 1 + rand(SCALE_GROUPS - 1);
    if (SCALE_TYPE_CYCLE[i % 10] !== 'AVChatRoom') return i;
  }
};

type Body = () => Record<string, unknown>;
const now = () => Math.floor(Date.now() / 1000);
const calls: [name: string, path: string, body: Body][] = [
  [
    'profile/portrait_get (10 users, 3 tags)',
    'profile/portrait_get',
    () => ({
      To_Account: Array.from({ length: 10 }, anyUser),
      TagList: ['Tag_Profile_IM_Nick', 'Tag_Profile_IM_Gender', 'Tag_Profile_IM_Level'],
    }),
  ],
  [
    'im_open_login_svc/account_check (100 IDs)',
    'im_open_login_svc/account_check',
    () => ({
      CheckItem: Array.from({ length: 100 }, (_, k) => ({
        UserID: k % 10 === 9 ? `nobody_${rand(1e6)}` : anyUser(),
      })),
    }),
  ],
  [
    'get_group_info (5 groups, every field and member)',
    'group_open_http_svc/get_group_info',
    () => ({ GroupIdList: Array.from({ length: 5 }, () => scaleGroupId(memberGroup())) }),
  ],
  [
    'get_group_info (the 100k group, base fields)',
    'group_open_http_svc/get_group_info',
    () => ({
      GroupIdList: [SCALE_BIG_GROUP],
      ResponseFilter: { GroupBaseInfoFilter: ['Type', 'Name', 'Owner_Account', 'MemberNum', 'NextMsgSeq'] },
    }),
  ],
  [
    'get_group_member_info (100k group, page of 100 at a random cursor)',
    'group_open_http_svc/get_group_member_info',
    () => ({ GroupId: SCALE_BIG_GROUP, Limit: 100, Next: String(rand(SCALE_BIG_GROUP_MEMBERS - 100)) }),
  ],
  [
    'openim/admin_getroammsg (one conversation, 7 days)',
    'openim/admin_getroammsg',
    () => {
      const [a, b] = scalePair(rand(100_000));
      return {
        Operator_Account: scaleUserId(a),
        Peer_Account: scaleUserId(b),
        MaxCnt: 100,
        MinTime: now() - 7 * DAY,
        MaxTime: now(),
      };
    },
  ],
  [
    'send_group_msg (a member of a random group)',
    'group_open_http_svc/send_group_msg',
    () => {
      const i = memberGroup();
      const members = scaleGroupMembers(i);
      return {
        GroupId: scaleGroupId(i),
        From_Account: scaleUserId(members[1 + rand(members.length - 1)] as number),
        Random: 1 + rand(4_000_000_000),
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `bench ${scaleGroupMessageCount(i)}` } }],
      };
    },
  ],
];

const started = performance.now();
try {
  const { url: origin, child } = await startEmulatorProcess({
    port: PORT,
    seed: 'scale',
    startTimeoutMs: Number(process.env.BENCH_SCALE_START_TIMEOUT_S ?? 300) * 1000,
    pollMs: 50,
    nodeFlags: (process.env.BENCH_SCALE_NODE_FLAGS ?? '').split(' ').filter(Boolean),
    stdout: !!process.env.BENCH_SCALE_STDOUT,
  });
  const readySeconds = (performance.now() - started) / 1000;
  const summary = (await (await fetch(`${origin}/__emulator/state/summary`)).json()) as {
    accounts: number;
    slices: { groups: Record<string, number>; c2c: Record<string, number> };
  };
  const memory = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]) / 1024;
  const sig = genUserSig({
    sdkAppId: SDKAPPID,
    secretKey: KEY,
    identifier: 'administrator',
    expireSeconds: 86400,
    nowSeconds: now(),
  });
  const pool = new Pool(origin, { connections: 1, pipelining: 1 });
  const path = (p: string) =>
    `/v4/${p}?sdkappid=${SDKAPPID}&identifier=administrator&usersig=${encodeURIComponent(sig)}&random=${rand(1e9)}&contenttype=json`;
  const send = async (p: string, body: Body): Promise<number> => {
    const t0 = performance.now();
    const res = await pool.request({ method: 'POST', path: path(p), body: JSON.stringify(body()) });
    const text = await res.body.text();
    const ms = performance.now() - t0;
    if (res.statusCode !== 200 || !text.includes('"ErrorCode":0'))
      throw new Error(`${p}: ${text.slice(0, 300)}`);
    return ms;
  };
  // Warm-up (JIT), then the measured mix: the calls interleaved in a shuffled order.
  for (let k = 0; k < 200; k++) for (const [, p, body] of calls) await send(p, body);
  const samples = calls.map((): number[] => []);
  const order = calls.flatMap((_, i) => Array.from({ length: PER_CALL }, () => i));
  for (let k = order.length - 1; k > 0; k--) {
    const j = rand(k + 1);
    [order[k], order[j]] = [order[j] as number, order[k] as number];
  }
  for (const i of order) {
    const [, p, body] = calls[i] as (typeof calls)[number];
    (samples[i] as number[]).push(await send(p, body));
  }
  await pool.close();
  const all = samples.flat();
  const rows = calls.map(([name], i) => {
    const s = (samples[i] as number[]).sort((a, b) => a - b);
    return `| ${name} | ${percentile(s, 50).toFixed(3)} | ${percentile(s, 99).toFixed(3)} | ${(s.at(-1) ?? NaN).toFixed(1)} |`;
  });
  const p99 = percentile(all, 99);
  const section = `${SECTION}

Measured by \`npm run bench\` (\`bench/emulator-scale.bench.ts\`) on ${new Date().toISOString().slice(0, 10)}: Node
${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}). The emulator runs
\`--seed scale --memory --no-rate-limits\` in its own process; requests come from this process, one at a
time over a loopback keep-alive connection, each signed as the admin (UserSig checked on every call).

- **Start-up** (spawn → \`/__emulator/health\` answers, Node and tsx start included): **${readySeconds.toFixed(1)} s**
  — goal < 60 s: ${readySeconds < 60 ? 'met' : 'not met'}. Loaded: ${summary.accounts.toLocaleString('en')} live accounts,
  ${summary.slices.groups.groups?.toLocaleString('en')} groups (${summary.slices.groups.members?.toLocaleString('en')} memberships),
  ${((summary.slices.groups.messages ?? 0) + (summary.slices.c2c.messages ?? 0)).toLocaleString('en')} messages
  (${summary.slices.c2c.messages?.toLocaleString('en')} C2C in ${summary.slices.c2c.conversations?.toLocaleString('en')} conversations);
  resident memory ${(memory / 1024).toFixed(1)} GB.
- **Latency**: ${PER_CALL} calls of each kind below, shuffled together after 200 warm-up rounds.
  Over the whole mix: p50 **${percentile(all, 50).toFixed(3)} ms**, p99 **${p99.toFixed(3)} ms** — goal p99 ≤ 5 ms:
  ${p99 <= 5 ? 'met' : 'not met'}.

| call | p50 (ms) | p99 (ms) | max (ms) |
|---|---:|---:|---:|
${rows.join('\n')}
${TAIL}`;
  writeSection(join(root, 'docs', 'benchmarks.md'), SECTION, section);
  console.log(section);
} finally {
  await stopAll();
}
