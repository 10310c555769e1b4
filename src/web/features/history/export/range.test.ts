import { describe, expect, it } from 'vitest';
import type { C2cPage, GroupPage } from '../api';
import type { TranscriptMessage, TranscriptTarget } from '../model';
import { collectRange, type RangeFetchers, type RangeProgress } from './range';

const T0 = 1_764_000_000;

function message(i: number, time: number | undefined, kind: 'c2c' | 'group'): TranscriptMessage {
  return {
    id: kind === 'c2c' ? `key_${i}` : `seq:${i}`,
    seq: i,
    ...(time !== undefined ? { time } : {}),
    from: 'alice',
    body: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `m${i}` } }],
    recalled: false,
    placeholder: time === undefined,
    raw: { MsgSeq: i },
  };
}

/** 250 C2C messages a minute apart; the fake honours MinTime, MaxTime and LastMsgKey like the API. */
function fakeC2c(calls: unknown[]): RangeFetchers['c2c'] {
  const all = Array.from({ length: 250 }, (_, i) => message(i + 1, T0 + i * 60, 'c2c'));
  return async (_target, opts = {}) => {
    calls.push(opts);
    let list = all.filter((m) => m.time! >= (opts.minTime ?? 0) && m.time! <= (opts.maxTime ?? Infinity));
    if (opts.lastMsgKey)
      list = list.slice(
        0,
        list.findIndex((m) => m.id === opts.lastMsgKey),
      );
    const page = list.slice(-100);
    const complete = list.length <= 100;
    const oldest = page[0];
    return {
      messages: page,
      complete,
      ...(!complete && oldest ? { next: { maxTime: oldest.time!, lastMsgKey: oldest.id } } : {}),
    } satisfies C2cPage;
  };
}

/** 95 group messages (seq 5 deleted: no time), 20 per page, walked down by ReqMsgSeq. */
function fakeGroup(calls: unknown[]): RangeFetchers['group'] {
  const all = Array.from({ length: 95 }, (_, i) =>
    message(i + 1, i + 1 === 50 ? undefined : T0 + i * 60, 'group'),
  );
  return async (_target, opts = {}) => {
    calls.push(opts);
    const top = opts.reqMsgSeq ?? 95;
    const page = all.filter((m) => m.seq <= top && m.seq > top - 20);
    const smallest = page[0]?.seq ?? 0;
    return (
      smallest <= 1
        ? { messages: page, finished: true }
        : { messages: page, finished: false, nextSeq: smallest - 1 }
    ) satisfies GroupPage;
  };
}

const c2cTarget: TranscriptTarget = { kind: 'c2c', viewpoint: 'alice', peer: 'bob' };
const groupTarget: TranscriptTarget = { kind: 'group', groupId: '@TGS#1' };
const unused = async () => {
  throw new Error('wrong fetcher');
};

describe('collectRange', () => {
  it('collects a C2C window with the API’s time bounds, oldest first, each message once', async () => {
    const calls: { minTime?: number; maxTime?: number; lastMsgKey?: string }[] = [];
    const progress: RangeProgress[] = [];
    const window = { from: T0 + 10 * 60, to: T0 + 229 * 60 };
    const result = await collectRange(c2cTarget, window, {
      fetchers: { c2c: fakeC2c(calls), group: unused },
      onProgress: (p) => progress.push(p),
      gapMs: 0,
    });
    expect(result.truncated).toBe(false);
    expect(result.messages.map((m) => m.seq)).toEqual(Array.from({ length: 220 }, (_, i) => i + 11));
    expect(calls).toHaveLength(3);
    expect(calls.every((c) => c.minTime === window.from)).toBe(true);
    expect(calls[0]).toEqual({ minTime: window.from, maxTime: window.to });
    expect(calls[1]!.lastMsgKey).toBe('key_131');
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ messages: 220, pages: 3, fraction: 1 });
  });

  it('walks a group down by seq and stops once past the start of the window', async () => {
    const calls: { reqMsgSeq?: number }[] = [];
    const window = { from: T0 + 40 * 60, to: T0 + 59 * 60 };
    const result = await collectRange(groupTarget, window, {
      fetchers: { c2c: unused, group: fakeGroup(calls) },
      gapMs: 0,
    });
    // Seqs 41–60 are the window (time = seq − 1 minutes); seq 50 is a placeholder inside it.
    expect(result.messages.map((m) => m.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 41));
    expect(result.messages.find((m) => m.seq === 50)?.placeholder).toBe(true);
    // 95→76, 75→56, 55→36: it never reads below the window's start.
    expect(calls).toEqual([{}, { reqMsgSeq: 75 }, { reqMsgSeq: 55 }]);
  });

  it('reads a whole group when the window covers it', async () => {
    const result = await collectRange(
      groupTarget,
      { from: 0, to: T0 + 10_000 * 60 },
      { fetchers: { c2c: unused, group: fakeGroup([]) }, gapMs: 0 },
    );
    expect(result.messages.map((m) => m.seq)).toEqual(Array.from({ length: 95 }, (_, i) => i + 1));
  });

  it('stops at the cap, keeping the newest messages, and says so', async () => {
    const result = await collectRange(
      c2cTarget,
      { from: 0, to: T0 + 10_000 * 60 },
      { fetchers: { c2c: fakeC2c([]), group: unused }, gapMs: 0, max: 150 },
    );
    expect(result.truncated).toBe(true);
    expect(result.messages).toHaveLength(150);
    expect(result.messages.at(-1)?.seq).toBe(250);
  });

  it('can be cancelled between pages', async () => {
    const ctrl = new AbortController();
    const promise = collectRange(
      c2cTarget,
      { from: 0, to: T0 + 10_000 * 60 },
      {
        fetchers: { c2c: fakeC2c([]), group: unused },
        gapMs: 5,
        signal: ctrl.signal,
        onProgress: () => ctrl.abort(),
      },
    );
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('passes a fetch error on', async () => {
    const failing = async () => {
      throw new Error('IM error 90001');
    };
    await expect(
      collectRange(c2cTarget, { from: 0, to: T0 }, { fetchers: { c2c: failing, group: unused }, gapMs: 0 }),
    ).rejects.toThrow('IM error 90001');
  });
});
