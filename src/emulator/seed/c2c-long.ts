/**
 * One long demo transcript, `carol` ↔ `eve` with 1,500 messages over the roaming window, so the
 * history viewer has a chat of more than 1,000 messages to page through. It draws on its OWN random
 * stream (`<seed>/c2c-long`) and is added after the rest of the C2C seed, so every other seeded
 * record stays exactly as it was. Both sides have read everything (no unread counts change).
 */
import type { C2cSaved } from '../state/c2c';
import { compareC2c } from '../state/c2c-record';
import type { ConversationsSaved } from '../state/conversations';
import { conversationMessages, type C2cSeed } from './c2c';
import type { Rng } from './prng';

/** The long transcript's pair and size. */
export const LONG_TRANSCRIPT = { a: 'carol', b: 'eve', count: 1500 } as const;

/** Adds the long transcript to a built C2C seed (no-op when either user is missing). */
export function addLongTranscript(rng: Rng, seed: C2cSeed, userIds: readonly string[], now: number): C2cSeed {
  const { a, b, count } = LONG_TRANSCRIPT;
  if (!userIds.includes(a) || !userIds.includes(b)) return seed;
  const list = conversationMessages(rng, { a, b, count, chinese: 0.15 }, now).sort(compareC2c);
  for (const r of list) r.peerRead = 1;
  const last = list.at(-1);
  if (!last) return seed;
  const readMarks: C2cSaved['readMarks'] = [...seed.c2c.readMarks, [a, b, last.time], [b, a, last.time]];
  readMarks.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  const lists = new Map<string, ConversationsSaved['lists'][number][1]>(seed.conversations.lists);
  for (const [owner, peer] of [
    [a, b],
    [b, a],
  ] as const) {
    const conv = { type: 1 as const, id: peer, msgTime: last.time, topFlag: 0 as const };
    lists.set(
      owner,
      [...(lists.get(owner) ?? []).filter((c) => !(c.type === 1 && c.id === peer)), conv].sort((x, y) =>
        x.id < y.id ? -1 : 1,
      ),
    );
  }
  return {
    c2c: { ...seed.c2c, messages: [...seed.c2c.messages, ...list], readMarks },
    conversations: {
      ...seed.conversations,
      lists: [...lists.keys()].sort().map((owner) => [owner, lists.get(owner) ?? []]),
    },
  };
}
