/**
 * The `demo` seed: ~2,000 users (`user_0001`… plus memorable ones such as `alice`, `bob`, `zhangwei`)
 * with mixed English/Chinese nicknames, avatar URLs, varied standard profile fields, a few custom
 * fields and some Online/PushOnline sessions on different platforms, plus 3,000 plain "crowd"
 * accounts (profiles only) that fill the all-hands Community to 5,000 members. Deterministic per seed text.
 */
import type { ProfileValue } from '../profile-tags';
import { defaultCustomTags } from '../profile-tags';
import type { ConversationsSaved } from '../state/conversations';
import type { Session, StoreSnapshot } from '../store';
import { buildC2cSeed } from './c2c';
import { addLongTranscript } from './c2c-long';
import { groupConversationRuns } from './group-conversations';
import { buildGroupsSeed } from './groups';
import { createRng } from './prng';
import { buildGlobalMuteSeed, buildPushSeed } from './push';
import { buildStatsSeed } from './stats';
import type { Rng } from './prng';
import { buildRelationshipsSeed } from './relationships';
import {
  chineseGivenFemale,
  chineseGivenMale,
  chineseNicknames,
  chineseSurnames,
  companies,
  englishFemale,
  englishMale,
  englishSurnames,
  handleWords,
  hobbies,
  locations,
  signatures,
} from './words';

/** How many numbered users (`user_0001`…) the demo seed creates. */
export const DEMO_NUMBERED_USERS = 1990;

/**
 * How many plain accounts (`user_1991`…`user_4990`) follow them: a profile each, no sessions, friends,
 * messages or push data, members only of the all-hands Community, which they fill to 5,000 members
 * (the issue's largest group). Drawn from their own PRNG stream (`<seed>/crowd`), so the other users'
 * data does not shift with them.
 */
export const DEMO_CROWD_USERS = 3000;

/** The memorable demo users and their fixed nicknames. */
export const memorableUsers: readonly { userId: string; nick: string; gender: 'F' | 'M' }[] = [
  { userId: 'alice', nick: 'Alice Zhou', gender: 'F' },
  { userId: 'bob', nick: 'Bob 李', gender: 'M' },
  { userId: 'carol', nick: 'Carol', gender: 'F' },
  { userId: 'dave', nick: 'Dave Wilson', gender: 'M' },
  { userId: 'eve', nick: 'Eve', gender: 'F' },
  { userId: 'zhangwei', nick: '张伟', gender: 'M' },
  { userId: 'lina', nick: '李娜', gender: 'F' },
  { userId: 'wangfang', nick: '王芳', gender: 'F' },
  { userId: 'liuyang', nick: '刘洋', gender: 'M' },
  { userId: 'chenjing', nick: '陈静 Jing', gender: 'F' },
];

const DAY = 86_400;
const platforms = ['iPhone', 'Android', 'Web', 'PC', 'iPad', 'Mac'] as const;

function nickFor(rng: Rng, gender: 'F' | 'M'): string {
  const style = rng.weighted([
    ['zh', 40],
    ['en', 30],
    ['mixed', 10],
    ['zhNick', 10],
    ['handle', 10],
  ] as const);
  const zhGiven = gender === 'F' ? chineseGivenFemale : chineseGivenMale;
  const enFirst = gender === 'F' ? englishFemale : englishMale;
  switch (style) {
    case 'zh':
      return rng.pick(chineseSurnames) + rng.pick(zhGiven);
    case 'en':
      return rng.chance(0.6) ? `${rng.pick(enFirst)} ${rng.pick(englishSurnames)}` : rng.pick(enFirst);
    case 'mixed':
      return `${rng.pick(enFirst)} ${rng.pick(chineseSurnames)}${rng.pick(zhGiven)}`;
    case 'zhNick':
      return rng.pick(chineseNicknames);
    case 'handle':
      return `${rng.pick(handleWords)}_${rng.pick(handleWords)}${rng.int(1, 99)}`;
  }
}

function avatarFor(rng: Rng, userId: string, gender: 'F' | 'M'): string | undefined {
  const kind = rng.weighted([
    ['photo', 45],
    ['drawn', 30],
    ['none', 25],
  ] as const);
  if (kind === 'photo') {
    return `https://randomuser.me/api/portraits/${gender === 'F' ? 'women' : 'men'}/${rng.int(0, 99)}.jpg`;
  }
  if (kind === 'drawn') return `https://api.dicebear.com/9.x/thumbs/svg?seed=${encodeURIComponent(userId)}`;
  return undefined;
}

function profileFor(rng: Rng, userId: string, gender: 'F' | 'M', nick?: string): [string, ProfileValue][] {
  const items: [string, ProfileValue][] = [];
  const name = nick ?? (rng.chance(0.93) ? nickFor(rng, gender) : undefined);
  if (name) items.push(['Tag_Profile_IM_Nick', name]);
  const avatar = avatarFor(rng, userId, gender);
  if (avatar) items.push(['Tag_Profile_IM_Image', avatar]);
  if (rng.chance(0.8)) {
    items.push(['Tag_Profile_IM_Gender', gender === 'F' ? 'Gender_Type_Female' : 'Gender_Type_Male']);
  }
  if (rng.chance(0.6)) {
    const y = rng.int(1965, 2007);
    items.push(['Tag_Profile_IM_BirthDay', y * 10000 + rng.int(1, 12) * 100 + rng.int(1, 28)]);
  }
  if (rng.chance(0.55)) items.push(['Tag_Profile_IM_Location', rng.pick(locations)]);
  if (rng.chance(0.4)) items.push(['Tag_Profile_IM_SelfSignature', rng.pick(signatures)]);
  if (rng.chance(0.5)) items.push(['Tag_Profile_IM_Language', rng.pick([1, 1, 1, 2, 2, 3, 4])]);
  if (rng.chance(0.5)) items.push(['Tag_Profile_IM_Level', rng.int(1, 60)]);
  if (rng.chance(0.15)) items.push(['Tag_Profile_IM_Role', rng.pick([1, 2, 2, 3])]);
  if (rng.chance(0.7)) {
    items.push([
      'Tag_Profile_IM_AllowType',
      rng.weighted([
        ['AllowType_Type_NeedConfirm', 60],
        ['AllowType_Type_AllowAny', 30],
        ['AllowType_Type_DenyAny', 10],
      ] as const),
    ]);
  }
  if (rng.chance(0.04)) items.push(['Tag_Profile_IM_AdminForbidType', 'AdminForbid_Type_SendOut']);
  if (rng.chance(0.05)) items.push(['Tag_Profile_IM_MsgSettings', 1]);
  if (rng.chance(0.35)) items.push(['Tag_Profile_Custom_Hobby', rng.pick(hobbies)]);
  if (rng.chance(0.25)) items.push(['Tag_Profile_Custom_Company', rng.pick(companies)]);
  if (rng.chance(0.3))
    items.push([
      'Tag_Profile_Custom_Tier',
      rng.weighted([
        ['Free', 6],
        ['Plus', 3],
        ['Pro', 1],
      ] as const),
    ]);
  return items;
}

function sessionsFor(rng: Rng, nowSeconds: number): Session[] {
  const roll = rng.next();
  if (roll < 0.7) return [];
  const count = roll < 0.93 ? 1 : 2;
  const out: Session[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const platform = rng.pick(platforms);
    if (used.has(platform)) continue;
    used.add(platform);
    const mobile = platform === 'iPhone' || platform === 'Android' || platform === 'iPad';
    const status = mobile && rng.chance(0.45) ? 'PushOnline' : 'Online';
    // A few PushOnline sessions are older than the 7-day window, so they read as Offline (02-accounts.md).
    const maxAge = status === 'PushOnline' ? 9 * DAY : 2 * DAY;
    out.push({ platform, status, since: nowSeconds - rng.int(60, maxAge), instId: rng.int(100000, 999999) });
  }
  return out;
}

/** Builds the demo snapshot; the PRNG is seeded with `seedText` (default `demo`). */
export function buildDemoSnapshot(opts: {
  admins: readonly string[];
  nowSeconds: number;
  seedText?: string;
}): StoreSnapshot {
  const rng = createRng(opts.seedText ?? 'demo');
  const now = opts.nowSeconds;
  const snapshot: StoreSnapshot = {
    version: 1,
    accounts: [],
    profiles: [],
    sessions: [],
    customTags: defaultCustomTags.map((t) => ({ ...t })),
  };
  for (const admin of opts.admins) {
    snapshot.accounts.push({ userId: admin, createdAt: now - 400 * DAY });
    snapshot.profiles.push([
      admin,
      [['Tag_Profile_IM_Nick', admin === 'administrator' ? 'Administrator' : admin]],
    ]);
  }
  const users: { userId: string; gender: 'F' | 'M'; nick?: string }[] = [
    ...memorableUsers.map((u) => ({ userId: u.userId, gender: u.gender, nick: u.nick })),
  ];
  for (let i = 1; i <= DEMO_NUMBERED_USERS; i++) {
    users.push({ userId: `user_${String(i).padStart(4, '0')}`, gender: rng.chance(0.5) ? 'F' : 'M' });
  }
  for (const u of users) {
    if (opts.admins.includes(u.userId)) continue;
    snapshot.accounts.push({ userId: u.userId, createdAt: now - rng.int(1, 720) * DAY - rng.int(0, DAY) });
    snapshot.profiles.push([u.userId, profileFor(rng, u.userId, u.gender, u.nick)]);
    const sessions = sessionsFor(rng, now);
    if (sessions.length) snapshot.sessions.push([u.userId, sessions]);
  }
  const crowdRng = createRng(`${opts.seedText ?? 'demo'}/crowd`);
  const crowd: string[] = [];
  for (let i = DEMO_NUMBERED_USERS + 1; i <= DEMO_NUMBERED_USERS + DEMO_CROWD_USERS; i++) {
    const userId = `user_${String(i).padStart(4, '0')}`;
    const gender = crowdRng.chance(0.5) ? 'F' : 'M';
    if (opts.admins.includes(userId)) continue;
    crowd.push(userId);
    snapshot.accounts.push({ userId, createdAt: now - crowdRng.int(1, 720) * DAY - crowdRng.int(0, DAY) });
    snapshot.profiles.push([userId, profileFor(crowdRng, userId, gender)]);
  }
  const crowdSet = new Set(crowd);
  /** Live, non-admin accounts outside the crowd: the users of friendships, C2C, push data and groups. */
  const regular = () =>
    snapshot.accounts.filter(
      (a) => a.deletedAt === undefined && !opts.admins.includes(a.userId) && !crowdSet.has(a.userId),
    );
  // Fixed presence for the memorable users, so demos can rely on it.
  const fixed: [string, Session[]][] = [
    [
      'alice',
      [
        { platform: 'iPhone', status: 'Online', since: now - 1200, instId: 100001 },
        { platform: 'Web', status: 'Online', since: now - 300, instId: 100002 },
      ],
    ],
    ['bob', [{ platform: 'Android', status: 'PushOnline', since: now - 2 * 3600, instId: 100003 }]],
    ['zhangwei', [{ platform: 'PC', status: 'Online', since: now - 5400, instId: 100004 }]],
  ];
  snapshot.sessions = snapshot.sessions.filter(([id]) => !['alice', 'bob', 'zhangwei', 'carol'].includes(id));
  snapshot.sessions.push(...fixed);
  // Two deleted accounts, to show tombstones and re-import.
  for (const userId of ['former_0001', 'former_0002']) {
    snapshot.accounts.push({ userId, createdAt: now - 500 * DAY, deletedAt: now - rng.int(2, 30) * DAY });
  }
  // One account that was force-logged-out recently.
  const kicked = snapshot.accounts.find((a) => a.userId === 'user_0013');
  if (kicked) kicked.kickedAt = now - 3 * 3600;
  snapshot.sessions = snapshot.sessions.filter(([id]) => id !== 'user_0013');
  snapshot.slices = {
    ...snapshot.slices,
    relationships: buildRelationshipsSeed(
      createRng(`${opts.seedText ?? 'demo'}/relationships`),
      regular(),
      now,
    ),
  };
  // The long carol ↔ eve transcript comes from its own stream, after the rest: nothing else moves.
  const c2cSeed = addLongTranscript(
    createRng(`${opts.seedText ?? 'demo'}/c2c-long`),
    buildC2cSeed(
      createRng(`${opts.seedText ?? 'demo'}/c2c`),
      regular().map((a) => a.userId),
      now,
      opts.admins[0],
    ),
    regular().map((a) => a.userId),
    now,
  );
  snapshot.slices = { ...snapshot.slices, c2c: c2cSeed.c2c, conversations: c2cSeed.conversations };
  const pushUsers = regular();
  const seedOf = (area: string) => createRng(`${opts.seedText ?? 'demo'}/${area}`);
  snapshot.slices.push = buildPushSeed(
    seedOf('push'),
    pushUsers.map((a) => a.userId),
    now,
    opts.admins[0],
  );
  snapshot.slices.globalMute = buildGlobalMuteSeed(
    seedOf('globalMute'),
    pushUsers.map((a) => a.userId),
    now,
  );
  const groups = buildGroupsSeed({
    rng: createRng(`${opts.seedText ?? 'demo'}/groups`),
    userIds: regular().map((a) => a.userId),
    nowSeconds: now,
    crowd: { rng: createRng(`${opts.seedText ?? 'demo'}/groups-crowd`), userIds: crowd },
  });
  snapshot.slices.groups = groups;
  snapshot.slices.stats = buildStatsSeed(seedOf('stats'), snapshot.accounts, now, groups.groups.length);
  // Group entries of the members' conversation lists, matching the seeded group messages.
  const { lists, contactMarks, clearedGroups } = c2cSeed.conversations;
  snapshot.slices.conversations = {
    lists,
    groupRuns: groupConversationRuns(groups.groups),
    contactMarks,
    clearedGroups,
  } satisfies ConversationsSaved;
  return snapshot;
}
