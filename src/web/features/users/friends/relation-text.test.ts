/** Relations in words, both directions. */
import { describe, expect, it } from 'vitest';
import { friendsMessages } from './messages';
import { blockDirections, describeDirections, friendDirections } from './relation-text';

const en = friendsMessages.en.check;
const zh = friendsMessages.zh.check;
const friendWords = { yes: en.hasFriend, no: en.notFriend, join: en.join };

describe('friend relations in words', () => {
  it('reads AWithB as "A has B; B does not have A"', () => {
    expect(describeDirections('alice', 'bob', friendDirections('CheckResult_Type_AWithB'), friendWords)).toBe(
      'alice has bob as a friend; bob does not have alice',
    );
  });

  it('reads BWithA, BothWay and NoRelation', () => {
    const say = (r: Parameters<typeof friendDirections>[0]) =>
      describeDirections('a', 'b', friendDirections(r), friendWords);
    expect(say('CheckResult_Type_BWithA')).toBe('a does not have b; b has a as a friend');
    expect(say('CheckResult_Type_BothWay')).toBe('a has b as a friend; b has a as a friend');
    expect(say('CheckResult_Type_NoRelation')).toBe('a does not have b; b does not have a');
  });

  it('speaks Chinese too', () => {
    const words = { yes: zh.hasFriend, no: zh.notFriend, join: zh.join };
    expect(describeDirections('a', 'b', friendDirections('CheckResult_Type_AWithB'), words)).toBe(
      'a 的好友中有 b；b 的好友中没有 a',
    );
  });
});

describe('blocklist relations in words', () => {
  it('reads each relation from the owner side', () => {
    const words = { yes: en.blocked, no: en.notBlocked, join: en.join };
    const say = (r: Parameters<typeof blockDirections>[0]) =>
      describeDirections('a', 'b', blockDirections(r), words);
    expect(say('BlackCheckResult_Type_AWithB')).toBe('a has blocked b; b has not blocked a');
    expect(say('BlackCheckResult_Type_BWithA')).toBe('a has not blocked b; b has blocked a');
    expect(say('BlackCheckResult_Type_BothWay')).toBe('a has blocked b; b has blocked a');
    expect(say('BlackCheckResult_Type_NO')).toBe('a has not blocked b; b has not blocked a');
  });
});
