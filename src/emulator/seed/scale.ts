/**
 * The `scale` seed: 1,000,000 accounts (`u0000001`…`u1000000`) with lean profiles, 100,000 groups
 * (the Community `@TGS#_scale_community` with 100,000 members, the rest 3–20 members of every type) and
 * 1,000,000 stored messages (group and C2C) over the roaming window, for load and latency tests,
 * plus modest friendships, push attributes/tags and group conversations (`scale-extras.ts`).
 * Built fast: plain records straight in the saved forms, no per-record validation (the store loads
 * seeds as trusted), message bodies shared from a small pool. Deterministic for the same `now`.
 * Not persisted: see docs/emulator.md "Seeds". Layout helpers are exported so benchmarks find data.
 */
import { defaultCustomTags } from '../profile-tags';
import type { ProfileValue } from '../profile-tags';
import type { StoreSnapshot } from '../store';
import { createRng } from './prng';
import { buildScaleC2c, buildScaleGroups, scaleIds } from './scale-data';
import { buildScaleGroupRuns, buildScalePush, buildScaleRelationships } from './scale-extras';
import { SCALE_GROUPS, SCALE_MESSAGES, SCALE_USERS } from './scale-layout';
import { buildStatsSeed } from './stats';
import { chineseGivenFemale, chineseGivenMale, chineseSurnames, englishFemale, englishMale } from './words';

const DAY = 86_400;

function nick(n: number, r: number): string {
  const female = n % 2 === 0;
  const zh = female ? chineseGivenFemale : chineseGivenMale;
  const en = female ? englishFemale : englishMale;
  const at = <T>(list: readonly T[], k: number) => list[k % list.length] as T;
  if (r < 0.5) return at(chineseSurnames, n) + at(zh, Math.floor(n / 7));
  if (r < 0.85) return `${at(en, n)} ${at(chineseSurnames, Math.floor(n / 3))}`;
  return `${at(en, Math.floor(n / 5))}_${n % 1000}`;
}

/** Builds the scale snapshot (about 1 GB of heap once loaded). */
export function buildScaleSnapshot(opts: { admins: readonly string[]; nowSeconds: number }): StoreSnapshot {
  const now = opts.nowSeconds;
  const rng = createRng('scale');
  const id = scaleIds();
  const accounts: StoreSnapshot['accounts'] = [];
  const profiles: StoreSnapshot['profiles'] = [];
  for (const admin of opts.admins) {
    accounts.push({ userId: admin, createdAt: now - 800 * DAY });
    profiles.push([admin, [['Tag_Profile_IM_Nick', admin === 'administrator' ? 'Administrator' : admin]]]);
  }
  const genders = ['Gender_Type_Male', 'Gender_Type_Female'];
  for (let n = 1; n <= SCALE_USERS; n++) {
    const userId = id(n);
    // Sign-ups grow over two years: later users are more numerous.
    accounts.push({ userId, createdAt: now - Math.floor(730 * DAY * (1 - Math.sqrt(n / SCALE_USERS))) - 60 });
    const r = rng.next();
    const items: [string, ProfileValue][] = [['Tag_Profile_IM_Nick', nick(n, r)]];
    if (r < 0.8) items.push(['Tag_Profile_IM_Gender', genders[n % 2] as string]);
    if (r < 0.3) items.push(['Tag_Profile_IM_Level', 1 + (n % 60)]);
    profiles.push([userId, items]);
  }
  const sessions: StoreSnapshot['sessions'] = [];
  for (let n = 1; n <= SCALE_USERS; n += 97) {
    sessions.push([id(n), [{ platform: n % 2 ? 'iPhone' : 'Web', status: 'Online', since: now - 600 }]]);
  }
  const groups = buildScaleGroups(now, id);
  const c2c = buildScaleC2c(now, SCALE_MESSAGES - groups.messageCount, id);
  return {
    version: 1,
    accounts,
    profiles,
    sessions,
    customTags: defaultCustomTags.map((t) => ({ ...t })),
    slices: {
      groups: groups.saved,
      c2c: c2c.c2c,
      conversations: { ...c2c.conversations, groupRuns: buildScaleGroupRuns(groups.saved.groups) },
      relationships: buildScaleRelationships(now, id),
      push: buildScalePush(now, id, opts.admins[0] ?? 'administrator'),
      stats: buildStatsSeed(createRng('scale/stats'), accounts, now, SCALE_GROUPS),
    },
  };
}
