import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_RECENT_TRANSCRIPTS,
  readRecentTranscripts,
  recentTranscriptsKey,
  rememberTranscript,
  transcriptPath,
} from './recent-transcripts';

afterEach(() => localStorage.clear());

describe('recent transcripts', () => {
  it('keeps the newest first, once each, per operator, capped', () => {
    rememberTranscript('ann', { kind: 'c2c', viewpoint: 'a', peer: 'b' }, 1);
    rememberTranscript('ann', { kind: 'group', groupId: 'g' }, 2);
    rememberTranscript('ann', { kind: 'c2c', viewpoint: 'a', peer: 'b' }, 3);
    const list = readRecentTranscripts(recentTranscriptsKey('ann'));
    expect(list.map((r) => r.openedAt)).toEqual([3, 2]);
    expect(readRecentTranscripts(recentTranscriptsKey('bob'))).toEqual([]);
    for (let i = 0; i < 30; i++) rememberTranscript('ann', { kind: 'group', groupId: `g${i}` }, 10 + i);
    expect(readRecentTranscripts(recentTranscriptsKey('ann'))).toHaveLength(MAX_RECENT_TRANSCRIPTS);
  });

  it('reads a damaged entry as empty and drops malformed items', () => {
    localStorage.setItem(recentTranscriptsKey('x'), '{not json');
    expect(readRecentTranscripts(recentTranscriptsKey('x'))).toEqual([]);
    localStorage.setItem(
      recentTranscriptsKey('y'),
      JSON.stringify([
        { target: { kind: 'c2c', viewpoint: 'a' }, openedAt: 1 },
        { target: { kind: 'group', groupId: 'g' }, openedAt: 2 },
      ]),
    );
    expect(readRecentTranscripts(recentTranscriptsKey('y'))).toHaveLength(1);
  });

  it('builds paths with encoded ids', () => {
    expect(transcriptPath({ kind: 'group', groupId: '@TGS#1A' })).toBe('/history/group/%40TGS%231A');
    expect(transcriptPath({ kind: 'topic', groupId: 'g', topicId: 'g@TOPIC#_t' })).toBe(
      '/history/topic/g%40TOPIC%23_t',
    );
  });
});
