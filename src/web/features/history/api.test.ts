import { afterEach, describe, expect, it, vi } from 'vitest';
import type { C2cMessage } from '../../../api/c2c';
import { ImApiError } from '../../lib/api-client';
import { stubProxy } from '../../test/fake-proxy';
import {
  CLOCK_SKEW_SECONDS,
  fetchC2cPage,
  fetchGroupPage,
  findSeqAtTime,
  normaliseC2c,
  normaliseGroup,
  parseMsgKey,
} from './api';

const ok = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };

afterEach(() => vi.unstubAllGlobals());

function c2c(seq: number, time: number, flag = 0): C2cMessage {
  return {
    From_Account: seq % 2 ? 'a' : 'b',
    To_Account: seq % 2 ? 'b' : 'a',
    MsgSeq: seq,
    MsgRandom: 7,
    MsgTimeStamp: time,
    MsgFlagBits: flag,
    MsgKey: `${seq}_7_${time}`,
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `m${seq}` } }],
  };
}

const target = { kind: 'c2c', viewpoint: 'a', peer: 'b' } as const;

describe('the newest window', () => {
  it("ends past this browser's clock, so a service clock ahead of it does not hide the newest messages", async () => {
    const calls = stubProxy(() => ({ ...ok, Complete: 1, MsgCnt: 0, MsgList: [] }));
    const before = Math.floor(Date.now() / 1000);
    await fetchC2cPage(target);
    const maxTime = calls[0]!.body.MaxTime as number;
    expect(maxTime).toBeGreaterThanOrEqual(before + CLOCK_SKEW_SECONDS);
    await fetchC2cPage(target, { maxTime: 1234 });
    expect(calls[1]!.body.MaxTime).toBe(1234);
  });
});

describe('normalisers', () => {
  it('keep the API object as raw and read the recall flag', () => {
    const raw = { ...c2c(3, 100, 8), CloudCustomData: 'x' };
    const m = normaliseC2c(raw);
    expect(m).toMatchObject({ id: '3_7_100', msgKey: '3_7_100', seq: 3, time: 100, from: 'a', to: 'b' });
    expect(m.recalled).toBe(true);
    expect(m.placeholder).toBe(false);
    expect(m.cloudCustomData).toBe('x');
    expect(m.raw).toBe(raw);
    expect(normaliseC2c(c2c(4, 100)).recalled).toBe(false);
  });

  it('map group IsPlaceMsg to placeholder/recalled and drop a zero time', () => {
    const placeholder = normaliseGroup({ MsgSeq: 5, IsPlaceMsg: 1, MsgTimeStamp: 0, MsgBody: [] });
    expect(placeholder).toMatchObject({ id: 'seq:5', placeholder: true, recalled: false });
    expect('time' in placeholder).toBe(false);
    expect(normaliseGroup({ MsgSeq: 6, IsPlaceMsg: 2, MsgTimeStamp: 9, From_Account: 'u' })).toMatchObject({
      recalled: true,
      placeholder: false,
      time: 9,
      from: 'u',
      body: [],
    });
  });
});

describe('parseMsgKey', () => {
  it('reads seq, random and time, and rejects other shapes', () => {
    expect(parseMsgKey('549396494_2578554_1584669680')).toEqual({
      seq: 549396494,
      random: 2578554,
      time: 1584669680,
    });
    expect(parseMsgKey('abc')).toBeUndefined();
    expect(parseMsgKey('1_2')).toBeUndefined();
  });
});

describe('fetchC2cPage', () => {
  it('asks for the window and continues from LastMsgTime/LastMsgKey until Complete', async () => {
    const calls = stubProxy((_, body) =>
      body.LastMsgKey === undefined
        ? {
            ...ok,
            Complete: 0,
            MsgCnt: 2,
            LastMsgTime: 200,
            LastMsgKey: '2_7_200',
            MsgList: [c2c(2, 200), c2c(3, 300)],
          }
        : { ...ok, Complete: 1, MsgCnt: 1, LastMsgTime: 100, LastMsgKey: '1_7_100', MsgList: [c2c(1, 100)] },
    );
    const first = await fetchC2cPage(target, { maxTime: 1000 });
    expect(calls[0]?.body).toMatchObject({
      Operator_Account: 'a',
      Peer_Account: 'b',
      MinTime: 0,
      MaxTime: 1000,
    });
    expect(first.messages.map((m) => m.seq)).toEqual([2, 3]);
    expect(first.complete).toBe(false);
    expect(first.next).toEqual({ maxTime: 200, lastMsgKey: '2_7_200' });
    const second = await fetchC2cPage(target, first.next);
    expect(calls[1]?.body).toMatchObject({ MaxTime: 200, LastMsgKey: '2_7_200' });
    expect(second.complete).toBe(true);
    expect(second.next).toBeUndefined();
  });

  it('raises the IM error', async () => {
    stubProxy(() => ({ ActionStatus: 'FAIL', ErrorCode: 90008, ErrorInfo: 'no such user' }));
    await expect(fetchC2cPage(target)).rejects.toBeInstanceOf(ImApiError);
  });
});

/** A fake group of `n` messages, message `s` sent at time `s * 10`, answering like the emulator. */
function fakeGroup(n: number, timeOf = (s: number) => s * 10) {
  return stubProxy((_, body) => {
    const top = Math.min((body.ReqMsgSeq as number | undefined) ?? n, n);
    const count = Math.min(body.ReqMsgNumber as number, 20);
    const list = [];
    for (let s = top; s > top - count && s >= 1; s--)
      list.push({ MsgSeq: s, MsgTimeStamp: timeOf(s), IsPlaceMsg: 0, From_Account: 'u', MsgBody: [] });
    return { ...ok, GroupId: body.GroupId, IsFinished: 1, RspMsgList: list };
  });
}

describe('fetchGroupPage', () => {
  const group = { kind: 'group', groupId: 'g1' } as const;
  it('walks down by seq with recalled placeholders asked for, until seq 1', async () => {
    const calls = fakeGroup(45);
    const pages = [];
    let next: number | undefined;
    for (;;) {
      const page = await fetchGroupPage(group, next !== undefined ? { reqMsgSeq: next } : {});
      pages.push(page);
      if (page.finished) break;
      next = page.nextSeq;
    }
    expect(pages.map((p) => p.messages.map((m) => m.seq)[0])).toEqual([26, 6, 1]);
    expect(pages.at(-1)?.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(calls.every((c) => c.body.WithRecalledMsg === 1 && c.body.ReqMsgNumber === 20)).toBe(true);
    expect(calls.map((c) => c.body.ReqMsgSeq)).toEqual([undefined, 25, 5]);
  });

  it('passes the topic and reports an empty group as finished', async () => {
    const calls = fakeGroup(0);
    const page = await fetchGroupPage({ kind: 'topic', groupId: 'g1', topicId: 'g1@TOPIC#_t' });
    expect(calls[0]?.body).toMatchObject({ GroupId: 'g1', TopicId: 'g1@TOPIC#_t' });
    expect(page).toEqual({ messages: [], finished: true });
  });
});

describe('findSeqAtTime', () => {
  const group = { kind: 'group', groupId: 'g1' } as const;
  it('finds the last seq sent at or before a time by binary search', async () => {
    const calls = fakeGroup(1000);
    expect(await findSeqAtTime(group, 5005)).toBe(500);
    expect(await findSeqAtTime(group, 10)).toBe(1);
    expect(await findSeqAtTime(group, 99_999)).toBe(1000);
    expect(await findSeqAtTime(group, 5)).toBeUndefined();
    // About log2(1000) probes per search, not a walk through 50 pages.
    expect(calls.length).toBeLessThan(4 * 13);
  });
});
