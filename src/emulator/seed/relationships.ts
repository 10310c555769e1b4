/**
 * Demo relationships: friendships among the demo users (mostly two-way, some one-way) with remarks,
 * friend lists, add sources, request messages, a custom "intimacy" score and plausible add times,
 * plus blocklists and a few pending requests. `alice` and `zhangwei` get big friend lists (more than
 * one `friend_get` page). A pure function of its inputs (../shared/im-api/07-relationships.md §1, §2).
 */
import { emptyUserRelations, defaultFriendCustomTags, saveUserRelations } from '../state/relationships-model';
import type { FriendEntry, RelationshipsSaved, UserRelations } from '../state/relationships-model';
import type { Rng } from './prng';

/** A demo user as this seed needs it. */
export interface SeedUser {
  userId: string;
  /** Unix seconds the account was created (no friendship predates it). */
  createdAt: number;
}

const DAY = 86_400;

const sources = ['Android', 'iOS', 'Web', 'PC', 'Search', 'QRCode', 'Contacts', 'Group'].map(
  (k) => `AddSource_Type_${k}`,
);
const sourceWeights = [22, 22, 10, 8, 12, 14, 7, 5];
const listNames = [
  'Family',
  'Colleagues',
  'Classmates',
  'Close friends',
  'Work',
  'Gaming',
  'Book club',
  '家人',
  '同事',
  '大学同学',
  '高中同学',
  '好友',
  '客户',
  '球友',
  '驴友',
];
const remarks = [
  '老王',
  'Mom',
  '妈妈',
  'Boss',
  '老板',
  '大学室友',
  'Jenny (HR)',
  'Gym buddy',
  '房东',
  'Tony 理发',
  'Team lead',
  '前同事',
  'Landlord',
  '表姐',
  'Neighbour 402',
  'Coach Li',
  '设计师 Amy',
  'Kevin from Shenzhen',
  '小陈',
  'Uncle Wang',
  '张总',
  '羽毛球 周六',
];
const wordings = [
  'Hi! We met at the conference.',
  '我是群里的，加个好友',
  'Hello from the running club',
  '你好，我是新同事',
  'Saw you in the group chat',
  '老同学，还记得我吗？',
  "Let's keep in touch",
  '我是小区邻居',
];

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The seed's working state: records by user plus helpers that keep them consistent. */
class Builder {
  readonly users = new Map<string, UserRelations>();
  constructor(
    readonly rng: Rng,
    readonly now: number,
    readonly createdAt: ReadonlyMap<string, number>,
  ) {}

  rec(userId: string): UserRelations {
    let r = this.users.get(userId);
    if (!r) this.users.set(userId, (r = emptyUserRelations()));
    return r;
  }

  /** Picks 0–2 of the owner's lists (creating its lists on first use; some stay empty). */
  private groupsFor(owner: string): string[] {
    const r = this.rec(owner);
    if (!r.lists.length) r.lists = shuffled(this.rng, listNames).slice(0, this.rng.int(3, 6));
    const n = this.rng.weighted([
      [0, 55],
      [1, 38],
      [2, 7],
    ] as const);
    return shuffled(this.rng, r.lists.slice(0, -1)).slice(0, n);
  }

  private entry(owner: string, source: string, addTime: number, requester: boolean): FriendEntry {
    const { rng } = this;
    const e: FriendEntry = { addSource: source, addTime, groups: this.groupsFor(owner), custom: new Map() };
    if (requester && rng.chance(0.3)) e.addWording = rng.pick(wordings);
    if (rng.chance(0.3)) {
      e.remark = rng.pick(remarks);
      e.remarkTime = addTime + rng.int(0, Math.max(0, this.now - addTime));
    }
    if (rng.chance(0.2)) e.custom.set('Tag_SNS_Custom_Intimacy', rng.int(1, 100));
    return e;
  }

  /** Makes `a` list `b` (and `b` list `a` when `both`), unless either is already linked or blocked. */
  link(a: string, b: string, both: boolean): boolean {
    if (a === b || this.rec(a).friends.has(b) || this.rec(b).friends.has(a)) return false;
    if (this.rec(a).blocked.has(b) || this.rec(b).blocked.has(a)) return false;
    const { rng, now } = this;
    const lo = Math.max(this.createdAt.get(a) ?? 0, this.createdAt.get(b) ?? 0, now - 700 * DAY);
    const addTime = lo + Math.floor((now - 60 - lo) * rng.next());
    const source = rng.weighted(sources.map((s, i) => [s, sourceWeights[i] ?? 1] as const));
    this.rec(a).friends.set(b, this.entry(a, source, addTime, true));
    if (both) this.rec(b).friends.set(a, this.entry(b, source, addTime, false));
    return true;
  }

  block(owner: string, peer: string): void {
    if (owner === peer) return;
    this.rec(owner).friends.delete(peer);
    this.rec(peer).friends.delete(owner);
    this.rec(owner).blocked.set(peer, this.now - this.rng.int(3600, 120 * DAY));
  }
}

/** Builds the relationships slice's saved form for the demo users (`users` excludes admins). */
export function buildRelationshipsSeed(
  rng: Rng,
  users: readonly SeedUser[],
  nowSeconds: number,
): RelationshipsSaved {
  const ids = users.map((u) => u.userId);
  const b = new Builder(rng, nowSeconds, new Map(users.map((u) => [u.userId, u.createdAt])));
  const idSet = new Set(ids);
  const has = (id: string) => idSet.has(id);
  const memorable = [
    'alice',
    'bob',
    'carol',
    'dave',
    'eve',
    'zhangwei',
    'lina',
    'wangfang',
    'liuyang',
    'chenjing',
  ].filter(has);
  const numbered = ids.filter((id) => !memorable.includes(id));

  // Fixed facts the demos rely on: alice↔bob mutual, alice→carol one-way, dave→alice one-way, alice blocked eve.
  if (has('alice') && has('bob')) b.link('alice', 'bob', true);
  if (has('alice') && has('carol')) b.link('alice', 'carol', false);
  if (has('dave') && has('alice')) b.link('dave', 'alice', false);
  if (has('alice') && has('eve')) b.block('alice', 'eve');
  for (const [x, y] of [
    ['zhangwei', 'lina'],
    ['zhangwei', 'wangfang'],
    ['zhangwei', 'liuyang'],
    ['lina', 'chenjing'],
    ['wangfang', 'liuyang'],
  ] as const) {
    if (has(x) && has(y)) b.link(x, y, true);
  }

  // Big lists for alice and zhangwei, a few dozen for the other memorable users, a handful for the rest.
  const targets: [string, number][] = memorable.map((id) => [
    id,
    id === 'alice' ? 160 : id === 'zhangwei' ? 130 : rng.int(12, 30),
  ]);
  for (const [owner, count] of targets) {
    for (const peer of shuffled(rng, numbered).slice(0, count)) {
      const mode = rng.weighted([
        ['both', 82],
        ['out', 10],
        ['in', 8],
      ] as const);
      if (mode === 'in') b.link(peer, owner, false);
      else b.link(owner, peer, mode === 'both');
    }
  }
  for (let i = 0; i < 1500 && numbered.length > 1; i++) {
    b.link(rng.pick(numbered), rng.pick(numbered), rng.chance(0.85));
  }

  // Blocklists: a few for the memorable users, some scattered ones, and two users who blocked alice.
  for (const owner of ['alice', 'zhangwei', 'eve', 'bob'].filter(has)) {
    for (const peer of shuffled(rng, numbered).slice(0, rng.int(1, 3))) b.block(owner, peer);
  }
  for (let i = 0; i < 150 && numbered.length > 1; i++) b.block(rng.pick(numbered), rng.pick(numbered));
  if (has('alice')) for (const owner of shuffled(rng, numbered).slice(0, 2)) b.block(owner, 'alice');

  // Friend requests waiting for approval (recent).
  for (const [target, n] of [
    ['alice', 3],
    ['zhangwei', 2],
    ['carol', 1],
  ] as const) {
    if (!has(target)) continue;
    for (const from of shuffled(rng, numbered).slice(0, n)) {
      const r = b.rec(target);
      const other = b.rec(from);
      if (
        r.friends.has(from) ||
        other.friends.has(target) ||
        r.blocked.has(from) ||
        other.blocked.has(target)
      ) {
        continue;
      }
      r.pending.set(from, {
        addSource: rng.pick(sources),
        addWording: rng.pick(wordings),
        addType: 'Add_Type_Both',
        time: nowSeconds - rng.int(600, 6 * DAY),
      });
    }
  }

  for (const r of b.users.values()) {
    const customs = [...r.friends.values()].filter((e) => e.custom.size).length;
    r.seq = {
      standard: r.friends.size ? r.friends.size + rng.int(0, 40) : 0,
      custom: customs ? customs + rng.int(0, 10) : 0,
      list: r.lists.length ? r.lists.length + rng.int(0, 5) : 0,
      black: r.blocked.size ? r.blocked.size + rng.int(0, 3) : 0,
    };
  }
  const saved = [...b.users]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([userId, r]) => saveUserRelations(userId, r))
    .filter((u) => u.friends.length || u.lists.length || u.blocked.length || u.pending.length);
  return { customTags: [...defaultFriendCustomTags], users: saved };
}
