/**
 * Demo data for push and global mute (../shared/im-api/06-push.md, 12-global-mute.md): the ten
 * attribute names, attributes and tags on most users (so segments have believable sizes), a handful
 * of past pushes with their resolved audiences, and a few globally muted accounts. Pure functions
 * of the PRNG, the demo UserIDs and "now".
 */
import { attrSlots, matchesPushCondition, pushAudience } from '../../api/push';
import type { AttrSlot, PushCondition } from '../../api/push';
import type { GlobalMuteSaved } from '../state/global-mute';
import { emptyPushSaved, taskIdFor } from '../state/push';
import type { PushSaved, PushTask } from '../state/push';
import type { Rng } from './prng';

const DAY = 86_400;

/** The SDKAppID written into demo TaskIds (the CLI's default app; a TaskId is opaque to clients). */
const DEMO_TASK_APP_ID = 1400000000;

/** The demo's attribute slots: name and the values users draw from (weights in brackets). */
const demoAttrs: readonly (readonly [string, readonly (readonly [string, number])[]])[] = [
  [
    'gender',
    [
      ['female', 48],
      ['male', 48],
      ['other', 4],
    ],
  ],
  [
    'city',
    [
      ['Shenzhen', 18],
      ['Beijing', 16],
      ['Shanghai', 16],
      ['Guangzhou', 10],
      ['Hangzhou', 8],
      ['Chengdu', 7],
      ['Singapore', 8],
      ['London', 6],
      ['New York', 6],
      ['San Francisco', 5],
    ],
  ],
  [
    'tier',
    [
      ['free', 62],
      ['plus', 28],
      ['pro', 10],
    ],
  ],
  [
    'language',
    [
      ['zh-CN', 58],
      ['en', 30],
      ['zh-TW', 6],
      ['ja', 6],
    ],
  ],
  [
    'age_group',
    [
      ['18-24', 26],
      ['25-34', 38],
      ['35-44', 22],
      ['45+', 14],
    ],
  ],
  [
    'platform',
    [
      ['ios', 44],
      ['android', 46],
      ['web', 10],
    ],
  ],
  [
    'channel',
    [
      ['organic', 40],
      ['app_store', 22],
      ['wechat_ad', 18],
      ['referral', 14],
      ['campaign_618', 6],
    ],
  ],
  [
    'vip_level',
    [
      ['0', 55],
      ['1', 20],
      ['2', 12],
      ['3', 8],
      ['4', 4],
      ['5', 1],
    ],
  ],
  [
    'region',
    [
      ['cn', 70],
      ['sea', 12],
      ['eu', 9],
      ['na', 9],
    ],
  ],
  [
    'signup_year',
    [
      ['2021', 12],
      ['2022', 20],
      ['2023', 28],
      ['2024', 40],
    ],
  ],
];

/** Tags users pick from, multi-valued interests and opt-ins in English and Chinese. */
const demoTags: readonly (readonly [string, number])[] = [
  ['newsletter', 30],
  ['promo_opt_in', 24],
  ['beta_tester', 6],
  ['stock A', 10],
  ['stock B', 8],
  ['sports', 14],
  ['music', 16],
  ['gaming', 14],
  ['travel', 12],
  ['food', 12],
  ['photography', 8],
  ['科技', 12],
  ['理财', 10],
  ['电影', 10],
  ['读书', 8],
  ['健身', 8],
];

/** Past pushes of the demo: days ago, sender, condition and text. */
const demoPushes: readonly {
  daysAgo: number;
  from?: string;
  condition?: PushCondition;
  text: string;
  life: number;
}[] = [
  { daysAgo: 13, text: 'Welcome to the new version 3.2 — 新版本上线啦！', life: 86_400 },
  {
    daysAgo: 10,
    condition: { TagsOr: ['stock A', 'stock B'] },
    text: 'Market open: your watchlist moved 3%',
    life: 3600,
  },
  {
    daysAgo: 7,
    condition: { AttrsAnd: { city: 'Shenzhen', tier: 'pro' } },
    text: '深圳 Pro 用户线下沙龙本周六见',
    life: 604_800,
  },
  {
    daysAgo: 5,
    condition: { AttrsOr: { tier: 'plus', vip_level: '3' } },
    text: 'Your Plus perks for June are here',
    life: 172_800,
  },
  {
    daysAgo: 3,
    condition: { TagsAnd: ['promo_opt_in', 'music'] },
    text: 'Concert presale: 20% off for subscribers',
    life: 86_400,
  },
  {
    daysAgo: 1,
    from: 'alice',
    condition: { TagsOr: ['beta_tester'] },
    text: 'Beta build 3.3.0-rc1 is ready to test',
    life: 0,
  },
];

/** Builds the push slice of the demo: names on all 10 slots, attributes on ~85% of users, tags on ~75%. */
export function buildPushSeed(
  rng: Rng,
  userIds: readonly string[],
  nowSeconds: number,
  admin = 'administrator',
): PushSaved {
  const saved = emptyPushSaved();
  saved.attrNames = demoAttrs.map(([name], i) => [attrSlots[i] as AttrSlot, name]);
  const attrsByUser = new Map<string, Record<string, string>>();
  const tagsByUser = new Map<string, string[]>();
  for (const userId of userIds) {
    if (rng.chance(0.85)) {
      const values: [AttrSlot, string][] = [];
      const byName: Record<string, string> = {};
      demoAttrs.forEach(([name, choices], i) => {
        // Core attributes are nearly always set; the rest are patchier, as real profiles are.
        if (!rng.chance(i < 3 ? 0.95 : 0.6)) return;
        const value = rng.weighted(choices);
        values.push([attrSlots[i] as AttrSlot, value]);
        byName[name] = value;
      });
      if (values.length) {
        saved.attrs.push([userId, values]);
        attrsByUser.set(userId, byName);
      }
    }
    if (rng.chance(0.75)) {
      const tags: string[] = [];
      const count = rng.int(1, 6);
      for (let i = 0; i < count; i++) {
        const tag = rng.weighted(demoTags);
        if (!tags.includes(tag)) tags.push(tag);
      }
      saved.tags.push([userId, tags]);
      tagsByUser.set(userId, tags);
    }
  }
  saved.attrs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  saved.tags.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  const sorted = [...userIds].sort();
  const tasks: PushTask[] = [];
  demoPushes.forEach((p, i) => {
    const createdAt = nowSeconds - p.daysAgo * DAY - rng.int(3600, 10 * 3600);
    const MsgRandom = rng.int(1, 4294967295);
    const from = p.from ?? admin;
    const recipients = sorted.filter(
      (u) =>
        u !== from &&
        matchesPushCondition(p.condition, { attrs: attrsByUser.get(u) ?? {}, tags: tagsByUser.get(u) ?? [] }),
    );
    tasks.unshift({
      TaskId: taskIdFor(DEMO_TASK_APP_ID, MsgRandom, createdAt, i + 1),
      MsgRandom,
      createdAt,
      From_Account: from,
      audience: pushAudience(p.condition),
      ...(p.condition ? { Condition: p.condition } : {}),
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: p.text } }],
      MsgLifeTime: p.life,
      ...(p.life ? { OfflinePushInfo: { PushFlag: 0, Desc: p.text } } : {}),
      recipients,
    });
  });
  saved.tasks = tasks;
  saved.taskSeq = demoPushes.length;
  return saved;
}

/** A few globally muted demo accounts: one forever, one for the next hours, one for days, one both ways. */
export function buildGlobalMuteSeed(
  rng: Rng,
  userIds: readonly string[],
  nowSeconds: number,
): GlobalMuteSaved {
  const numbered = userIds.filter((u) => u.startsWith('user_'));
  const pick = () => rng.pick(numbered);
  const out = new Map<string, GlobalMuteSaved[number][1]>();
  if (numbered.length) {
    out.set(pick(), { c2c: 'forever' });
    out.set(pick(), { group: nowSeconds + rng.int(1, 5) * 3600 });
    out.set(pick(), { c2c: nowSeconds + rng.int(2, 6) * DAY, group: nowSeconds + rng.int(2, 6) * DAY });
  }
  if (userIds.includes('eve')) out.set('eve', { group: nowSeconds + DAY - rng.int(600, 7200) });
  return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
