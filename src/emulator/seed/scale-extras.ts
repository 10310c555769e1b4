/**
 * The `scale` seed's modest extras, sized to keep the build well under a minute and the heap near
 * the default limit: friendships (and a few blocklists) among the first users, push attributes and
 * tags on a larger slice, and the group entries of the conversation lists for the members of a
 * subset of the ordinary groups. Pure functions of "now" and the scale layout (same inputs, same bytes).
 * Rules followed: ../shared/im-api/07-relationships.md, 06-push.md §12, 08-conversations.md §1.
 */
import type { GroupConversationRun } from '../state/conversations';
import type { GroupSaved } from '../state/groups-model';
import type { PushSaved } from '../state/push';
import { defaultFriendCustomTags } from '../state/relationships-model';
import type { RelationshipsSaved, SavedFriend } from '../state/relationships-model';
import { groupConversationRuns } from './group-conversations';
import { createRng } from './prng';
import { buildPushSeed } from './push';
import type { ScaleIds } from './scale-data';

const DAY = 86_400;

/** Users `1…SCALE_FRIEND_USERS` are friends (both ways) with the users 1 and 5 places away: 2–4 friends each. */
export const SCALE_FRIEND_USERS = 10_000;
/** Users `1…SCALE_PUSH_USERS` get push attributes (~85%) and tags (~75%) as the demo users do. */
export const SCALE_PUSH_USERS = 50_000;
/** The members of ordinary groups `1…SCALE_CONV_GROUPS` (those with messages) have them in their conversation lists. */
export const SCALE_CONV_GROUPS = 10_000;

const FRIEND_STEPS = [1, 5] as const;
const sources = [
  'AddSource_Type_Android',
  'AddSource_Type_iOS',
  'AddSource_Type_Web',
  'AddSource_Type_Search',
];

/**
 * Friendships among users 1…SCALE_FRIEND_USERS (user n with n±1 and n±5), added within the last
 * ~300 days (these users signed up ~2 years ago, so after both accounts existed), and every 50th
 * user blocking the user 25 places on (not a friend).
 */
export function buildScaleRelationships(now: number, id: ScaleIds): RelationshipsSaved {
  const users: RelationshipsSaved['users'] = [];
  const pairTime = (a: number, b: number) => now - DAY * (1 + ((a * 31 + b * 17) % 300)) - ((a + b) % DAY);
  for (let n = 1; n <= SCALE_FRIEND_USERS; n++) {
    const peers: number[] = [];
    for (const step of FRIEND_STEPS) if (n - step >= 1) peers.push(n - step);
    for (const step of FRIEND_STEPS) if (n + step <= SCALE_FRIEND_USERS) peers.push(n + step);
    peers.sort((a, b) => a - b);
    const friends = peers.map((p): SavedFriend => ({
      peer: id(p),
      addSource: sources[(Math.min(n, p) + Math.max(n, p)) % sources.length] as string,
      addTime: pairTime(Math.min(n, p), Math.max(n, p)),
      groups: [],
      custom: [],
    }));
    const blocked: [string, number][] =
      n % 50 === 0 && n + 25 <= SCALE_FRIEND_USERS ? [[id(n + 25), now - DAY * (1 + (n % 20))]] : [];
    users.push({
      userId: id(n),
      friends,
      lists: [],
      blocked,
      pending: [],
      seq: { standard: friends.length, custom: 0, list: 0, black: blocked.length },
    });
  }
  return { customTags: [...defaultFriendCustomTags], users };
}

/** The demo's ten attribute names, and attributes and tags for users 1…SCALE_PUSH_USERS; no past pushes. */
export function buildScalePush(now: number, id: ScaleIds, admin: string): PushSaved {
  const userIds = Array.from({ length: SCALE_PUSH_USERS }, (_, i) => id(i + 1));
  const saved = buildPushSeed(createRng('scale/push'), userIds, now, admin);
  // The demo's past pushes name demo senders (alice) and resolve audiences: not part of this seed.
  return { ...saved, tasks: [], taskSeq: 0 };
}

/**
 * The group conversations of the members of ordinary groups 1…SCALE_CONV_GROUPS (`listSeq` 2…), as
 * sending their seeded messages live would have left them; the other groups' members have none
 * (until a message is sent over REST).
 */
export function buildScaleGroupRuns(groups: readonly GroupSaved[]): GroupConversationRun[] {
  return groupConversationRuns(groups.filter((g) => g.listSeq >= 2 && g.listSeq <= SCALE_CONV_GROUPS + 1));
}
