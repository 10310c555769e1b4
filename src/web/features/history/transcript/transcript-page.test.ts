import { describe, expect, it } from 'vitest';
import { anchorFromParams } from './transcript-page';

const c2c = { kind: 'c2c', viewpoint: 'a', peer: 'b' } as const;
const group = { kind: 'group', groupId: 'g' } as const;

describe('anchorFromParams', () => {
  it('opens at the newest without parameters', () => {
    expect(anchorFromParams(c2c, new URLSearchParams())).toEqual({});
    expect(anchorFromParams(group, new URLSearchParams())).toEqual({});
  });
  it('uses an explicit time or seq', () => {
    expect(anchorFromParams(c2c, new URLSearchParams('at=1700000000'))).toEqual({ at: 1700000000 });
    expect(anchorFromParams(group, new URLSearchParams('seq=42'))).toEqual({ seq: 42 });
  });
  it('derives the window from a linked message, with some context after it', () => {
    expect(anchorFromParams(c2c, new URLSearchParams('msg=5_6_1700000000'))).toEqual({ at: 1700000300 });
    expect(anchorFromParams(group, new URLSearchParams('msg=seq:40'))).toEqual({ seq: 50 });
  });
  it('ignores malformed values', () => {
    expect(anchorFromParams(c2c, new URLSearchParams('at=-5&msg=nope'))).toEqual({});
    expect(anchorFromParams(group, new URLSearchParams('seq=abc&msg=seq:x'))).toEqual({});
  });
});
