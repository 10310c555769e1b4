/**
 * Demo one-to-one history and conversations: about 30,000 C2C messages over the roaming window
 * (long transcripts between `alice` and `bob` and around `zhangwei`), every element kind, some
 * recalled or modified, admin notices, read markers and unread counts, pinned conversations,
 * conversation groups and marks — consistent with each other. A pure function of its inputs.
 * State model: ../shared/im-api/03-c2c-messages.md §12, 08-conversations.md §1.
 */
import type { C2cSaved } from '../state/c2c';
import { compareC2c } from '../state/c2c-record';
import type { C2cRecord } from '../state/c2c-record';
import type { ContactMarksSaved } from '../state/contact-marks';
import type { ConversationsSaved } from '../state/conversations';
import { demoBody, pickKind } from './c2c-content';
import type { Rng } from './prng';

const DAY = 86_400;

/** The saved forms of the `c2c` and `conversations` slices. */
export interface C2cSeed {
  c2c: C2cSaved;
  conversations: ConversationsSaved;
}

/** One seeded conversation: the pair, how many messages, the share in Chinese and an unread tail. */
export interface PairPlan {
  a: string;
  b: string;
  count: number;
  chinese: number;
  /** Recent messages from `tail.from` at the very end, left unread by the other side. */
  tail?: { from: string; count: number };
}

const zhPeople = new Set(['zhangwei', 'lina', 'wangfang', 'liuyang', 'chenjing']);

function plans(rng: Rng, users: readonly string[], has: (id: string) => boolean): PairPlan[] {
  const out: PairPlan[] = [
    { a: 'alice', b: 'bob', count: 650, chinese: 0.3, tail: { from: 'alice', count: 4 } },
    { a: 'zhangwei', b: 'lina', count: 220, chinese: 0.9, tail: { from: 'lina', count: 7 } },
    { a: 'zhangwei', b: 'wangfang', count: 160, chinese: 0.9, tail: { from: 'wangfang', count: 2 } },
    { a: 'zhangwei', b: 'liuyang', count: 140, chinese: 0.9 },
    { a: 'zhangwei', b: 'chenjing', count: 120, chinese: 0.7 },
    { a: 'zhangwei', b: 'alice', count: 60, chinese: 0.4 },
    { a: 'zhangwei', b: 'bob', count: 40, chinese: 0.5 },
    { a: 'alice', b: 'carol', count: 80, chinese: 0.05, tail: { from: 'carol', count: 1 } },
    { a: 'alice', b: 'dave', count: 50, chinese: 0.05 },
    { a: 'bob', b: 'eve', count: 40, chinese: 0.2 },
    { a: 'carol', b: 'dave', count: 30, chinese: 0 },
    { a: 'eve', b: 'dave', count: 25, chinese: 0 },
    { a: 'lina', b: 'wangfang', count: 60, chinese: 0.95 },
    { a: 'liuyang', b: 'chenjing', count: 50, chinese: 0.9 },
  ];
  const numbered = users.filter((u) => u.startsWith('user_'));
  for (const peer of numbered.slice(0, 110))
    out.push({ a: 'zhangwei', b: peer, count: rng.int(2, 14), chinese: 0.8 });
  const seen = new Set<string>();
  for (let i = 0; i < 4400 && numbered.length > 1; i++) {
    const a = rng.pick(numbered);
    const b = rng.pick(numbered);
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    out.push({ a, b, count: rng.int(2, 12), chinese: zhPeople.has(a) ? 0.9 : 0.5 });
  }
  return out.filter((p) => has(p.a) && has(p.b));
}

function message(rng: Rng, from: string, to: string, time: number, chinese: boolean): C2cRecord {
  const seq = rng.int(1, 2_147_483_647);
  const kind = pickKind(rng);
  const r: C2cRecord = {
    from,
    to,
    seq,
    random: rng.int(1, 4_294_967_295),
    time,
    flagBits: 0,
    peerRead: 0,
    body: demoBody(rng, kind, `${time}${seq % 100_000}`, chinese),
    senderCopy: true,
    recipientCopy: true,
    countsUnread: true,
  };
  if (rng.chance(0.05)) r.cloudCustomData = JSON.stringify({ platform: rng.pick(['iOS', 'Android', 'Web']) });
  const roll = rng.next();
  if (roll < 0.02) r.flagBits = 8;
  else if (roll < 0.03) {
    r.body = [
      {
        MsgType: 'TIMTextElem',
        MsgContent: { Text: chinese ? '（该消息已被管理员修改）' : '(edited by support)' },
      },
    ];
    r.cloudCustomData = JSON.stringify({ editedBy: 'administrator' });
  } else if (roll < 0.06) {
    const kvs = [{ key: '👍', value: JSON.stringify([to]), seq: 1 }];
    if (rng.chance(0.4)) kvs.push({ key: '❤️', value: JSON.stringify([from, to]), seq: 2 });
    r.ext = { latestSeq: kvs.length, clearSeq: 0, kvs };
  }
  return r;
}

/** A pair's messages over the roaming window, in bursts (times up to an hour before `now`). */
export function conversationMessages(rng: Rng, p: PairPlan, now: number): C2cRecord[] {
  const out: C2cRecord[] = [];
  const start = now - 7 * DAY + 3600;
  let left = p.count;
  let first = true;
  while (left > 0) {
    const burst = Math.min(left, rng.int(3, 25));
    let t = first && p.count > 100 ? now - rng.int(2 * 3600, 6 * 3600) : rng.int(start, now - 4 * 3600);
    first = false;
    let speaker = rng.chance(0.5) ? p.a : p.b;
    for (let i = 0; i < burst; i++) {
      t = Math.min(t + rng.int(3, 240), now - 3700);
      out.push(message(rng, speaker, speaker === p.a ? p.b : p.a, t, rng.chance(p.chinese)));
      if (rng.chance(0.4)) speaker = speaker === p.a ? p.b : p.a;
    }
    left -= burst;
  }
  if (p.tail) {
    let t = now - rng.int(1200, 3000);
    const to = p.tail.from === p.a ? p.b : p.a;
    for (let i = 0; i < p.tail.count; i++) {
      t += rng.int(5, 90);
      const r = message(rng, p.tail.from, to, t, rng.chance(p.chinese));
      r.flagBits = 0;
      out.push(r);
    }
  }
  return out;
}

/** `owner`'s read marker for `peer` (undefined when nothing came in), and the matching `IsPeerRead` flags. */
function readMarker(rng: Rng, list: C2cRecord[], owner: string, peer: string, now: number, tail: boolean) {
  const visible = list.filter((r) => (r.from === owner ? r.senderCopy : r.recipientCopy));
  const incoming = visible.filter((r) => r.from === peer && r.to === owner);
  const last = visible.at(-1);
  if (!incoming.length || !last) return undefined;
  let mark = last.time;
  // The tail messages are the only ones in the last hour, so this leaves exactly them unread.
  if (tail) mark = now - 3650;
  else if (last.from === peer && rng.chance(0.3)) {
    mark = (visible[Math.max(0, visible.length - rng.int(1, 9))] as C2cRecord).time - 1;
  }
  for (const r of incoming) if (r.time <= mark && rng.chance(0.8)) r.peerRead = 1;
  return mark;
}

const noticeTexts = [
  'Welcome to the demo app! 欢迎使用演示应用',
  'Your account security settings were updated. 您的账号安全设置已更新',
  'Scheduled maintenance on Sunday 02:00-04:00 (UTC+8). 周日凌晨维护',
];

/** Builds the demo C2C history and conversations for `userIds` (admins sending notices as `admin`). */
export function buildC2cSeed(
  rng: Rng,
  userIds: readonly string[],
  nowSeconds: number,
  admin?: string,
): C2cSeed {
  const now = nowSeconds;
  const known = new Set(userIds);
  const pairs = new Map<string, C2cRecord[]>();
  const pairOf = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
  const planList = plans(rng, userIds, (id) => known.has(id));
  for (const p of planList) pairs.set(pairOf(p.a, p.b), conversationMessages(rng, p, now));

  if (admin) {
    for (const to of userIds.filter((u, i) => i < 10 || rng.chance(0.12))) {
      const r = message(rng, admin, to, now - rng.int(3700, 6 * DAY), false);
      r.body = [{ MsgType: 'TIMTextElem', MsgContent: { Text: rng.pick(noticeTexts) } }];
      r.flagBits = 0;
      r.senderCopy = false; // sent with SyncOtherMachine 2: only the recipient keeps it
      pairs.set(pairOf(admin, to), [r]);
    }
  }
  // eve deleted her conversation with dave, wiping her side of the history (08 delete, ClearRamble 1).
  for (const r of pairs.get(pairOf('eve', 'dave')) ?? []) {
    if (r.from === 'eve') r.senderCopy = false;
    else r.recipientCopy = false;
  }

  const tails = new Set(
    planList.flatMap((p) => (p.tail ? [`${p.tail.from === p.a ? p.b : p.a}\n${p.tail.from}`] : [])),
  );
  const readMarks: C2cSaved['readMarks'] = [];
  const lists = new Map<string, ConversationsSaved['lists'][number][1]>();
  const pinned = new Set(['alice\nbob', 'zhangwei\nlina', 'zhangwei\nliuyang', 'bob\nalice']);
  for (const key of [...pairs.keys()].sort()) {
    const list = (pairs.get(key) as C2cRecord[]).sort(compareC2c);
    const [a = '', b = ''] = key.split('\n');
    for (const [owner, peer] of [
      [a, b],
      [b, a],
    ] as const) {
      const mark = readMarker(rng, list, owner, peer, now, tails.has(`${owner}\n${peer}`));
      if (mark !== undefined) readMarks.push([owner, peer, mark]);
      const last = list.filter((r) => (r.from === owner ? r.senderCopy : r.recipientCopy)).at(-1);
      if (!last) continue;
      const conv = {
        type: 1 as const,
        id: peer,
        msgTime: last.time,
        topFlag: pinned.has(`${owner}\n${peer}`) ? (1 as const) : (0 as const),
      };
      lists.set(owner, [...(lists.get(owner) ?? []), conv]);
    }
  }
  readMarks.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  return {
    c2c: { messages: [...pairs.keys()].sort().flatMap((k) => pairs.get(k) as C2cRecord[]), readMarks },
    conversations: {
      lists: [...lists.keys()]
        .sort()
        .map((owner) => [owner, (lists.get(owner) ?? []).sort((x, y) => (x.id < y.id ? -1 : 1))]),
      contactMarks: contactMarks(rng, known, now),
      clearedGroups: [],
    },
  };
}

/** Conversation folders and marks of `alice` and `zhangwei`. */
function contactMarks(rng: Rng, known: ReadonlySet<string>, now: number): ContactMarksSaved[] {
  const at = () => now - rng.int(3600, 5 * DAY);
  const out: ContactMarksSaved[] = [];
  if (known.has('alice')) {
    out.push({
      owner: 'alice',
      nextGroupId: 3,
      groups: [
        { id: 1, name: 'Work' },
        { id: 2, name: '家人 Family' },
      ],
      marks: [
        { type: 1, id: 'bob', bits: [0], groupIds: [1], timestamp: at() },
        { type: 1, id: 'carol', bits: [], groupIds: [2], timestamp: at() },
        { type: 1, id: 'dave', bits: [], custom: 'VIP client', groupIds: [1], timestamp: at() },
      ].filter((m) => known.has(m.id)) as ContactMarksSaved['marks'],
    });
  }
  if (known.has('zhangwei')) {
    const clients = [...known].filter((u) => u.startsWith('user_')).slice(0, 6);
    out.push({
      owner: 'zhangwei',
      nextGroupId: 3,
      groups: [
        { id: 1, name: '同事' },
        { id: 2, name: '客户 Clients' },
      ],
      marks: [
        { type: 1 as const, id: 'lina', bits: [0], groupIds: [1], timestamp: at() },
        { type: 1 as const, id: 'liuyang', bits: [], groupIds: [1], timestamp: at() },
        { type: 1 as const, id: 'wangfang', bits: [0, 3], groupIds: [1], timestamp: at() },
        ...clients.map((id, i) => ({
          type: 1 as const,
          id,
          bits: i % 3 === 0 ? [1] : [],
          ...(i % 2 === 0 ? { custom: '待跟进 follow up' } : {}),
          groupIds: [2],
          timestamp: at(),
        })),
      ]
        .filter((m) => known.has(m.id))
        .sort((x, y) => (x.id < y.id ? -1 : 1)),
    });
  }
  return out;
}
