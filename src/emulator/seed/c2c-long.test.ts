import { describe, expect, it } from 'vitest';
import { buildC2cSeed } from './c2c';
import { LONG_TRANSCRIPT, addLongTranscript } from './c2c-long';
import { createRng } from './prng';

const users = ['alice', 'bob', 'carol', 'dave', 'eve', 'zhangwei', 'user_0001', 'user_0002', 'user_0003'];
const now = 1_800_000_000;

describe('the long carol ↔ eve transcript', () => {
  const base = buildC2cSeed(createRng('t/c2c'), users, now, 'administrator');
  const before = JSON.stringify(base);
  const seeded = addLongTranscript(createRng('t/c2c-long'), base, users, now);

  it('adds more than 1,000 messages between carol and eve, all within the roaming window', () => {
    const added = seeded.c2c.messages.slice(base.c2c.messages.length);
    expect(added).toHaveLength(LONG_TRANSCRIPT.count);
    expect(LONG_TRANSCRIPT.count).toBeGreaterThan(1000);
    for (const r of added) {
      expect([r.from, r.to].sort()).toEqual(['carol', 'eve']);
      expect(r.time).toBeGreaterThan(now - 7 * 86_400);
      expect(r.time).toBeLessThan(now);
    }
    const conv = (owner: string) => seeded.conversations.lists.find(([o]) => o === owner)?.[1] ?? [];
    expect(conv('carol').some((c) => c.id === 'eve')).toBe(true);
    expect(conv('eve').some((c) => c.id === 'carol')).toBe(true);
  });

  it('leaves every other seeded record as it was', () => {
    expect(JSON.stringify(base)).toBe(before);
    expect(seeded.c2c.messages.slice(0, base.c2c.messages.length)).toEqual(base.c2c.messages);
    const others = (lists: typeof base.conversations.lists) =>
      lists.filter(([o]) => o !== 'carol' && o !== 'eve');
    expect(others(seeded.conversations.lists)).toEqual(others(base.conversations.lists));
  });

  it('is deterministic and skips a seed without the pair', () => {
    const again = addLongTranscript(createRng('t/c2c-long'), base, users, now);
    expect(JSON.stringify(again)).toBe(JSON.stringify(seeded));
    expect(addLongTranscript(createRng('x'), base, ['alice'], now)).toBe(base);
  });
});
