/** Muting many accounts: batches of the documented cap, and each account's outcome read back from the list. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MUTE_FOREVER } from '../../../../../api/group';
import { ImApiError } from '../../../../lib/api-client';
import { stubProxy } from '../../../../test/fake-proxy';
import { applyMutes, fetchMuted, muteOutcomes } from './queries';

const ok = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
const G = '@TGS#2ABCDEFGH';

afterEach(() => vi.unstubAllGlobals());

describe('muteOutcomes', () => {
  const after = { ok: true as const, list: [{ account: 'alice', mutedUntil: 1_800_000_600 }] };

  it('reports a mute with the end the service holds, and a missing account as not listed', () => {
    expect(muteOutcomes(['alice', 'ghost'], 600, new Map(), after)).toEqual([
      { account: 'alice', kind: 'muted', mutedUntil: 1_800_000_600 },
      { account: 'ghost', kind: 'notListed' },
    ]);
  });

  it('reports an unmute as done when the account left the list, and as still muted otherwise', () => {
    expect(muteOutcomes(['bob', 'alice'], 0, new Map(), after)).toEqual([
      { account: 'bob', kind: 'unmuted' },
      { account: 'alice', kind: 'stillMuted', mutedUntil: 1_800_000_600 },
    ]);
  });

  it('keeps a batch failure on its accounts and an unreadable list as unconfirmed', () => {
    const err = new Error('boom');
    expect(muteOutcomes(['a', 'b'], 600, new Map([['a', err]]), { ok: false, error: err })).toEqual([
      { account: 'a', kind: 'failed', error: err },
      { account: 'b', kind: 'unconfirmed', error: err },
    ]);
  });
});

describe('fetchMuted', () => {
  it('reads the current and the legacy answer shapes', async () => {
    stubProxy(() => ({ ...ok, ShuttedUinList: [{ Member_Account: 'old', ShuttedUntil: 5 }] }));
    expect(await fetchMuted(G, '')).toEqual([{ account: 'old', mutedUntil: 5 }]);
    stubProxy(() => ({ ...ok, MutedAccountList: [{ Member_Account: 'new', MutedUntil: MUTE_FOREVER }] }));
    expect(await fetchMuted(G, '')).toEqual([{ account: 'new', mutedUntil: MUTE_FOREVER }]);
  });
});

describe('applyMutes', () => {
  it('sends at most 500 accounts per call, with the topic when given, then reads the list once', async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => `u${i}`);
    const calls = stubProxy((path, body) => {
      if (path === 'group_open_http_svc/forbid_send_msg') {
        const accounts = body.Members_Account as string[];
        // The second batch fails as a whole.
        return accounts[0] === 'u500' ? { ActionStatus: 'FAIL', ErrorCode: 10007, ErrorInfo: 'no' } : ok;
      }
      return { ...ok, MutedAccountList: [{ Member_Account: 'u0', MutedUntil: 99 }] };
    });
    const progress: number[] = [];
    const out = await applyMutes(G, `${G}@TOPIC#_t`, ids, 600, (done) => progress.push(done));
    const mutes = calls.filter((c) => c.path === 'group_open_http_svc/forbid_send_msg');
    expect(mutes.map((c) => (c.body.Members_Account as string[]).length)).toEqual([500, 500, 1]);
    expect(mutes.every((c) => c.body.MuteTime === 600 && c.body.TopicId === `${G}@TOPIC#_t`)).toBe(true);
    expect(calls.filter((c) => c.path === 'group_open_http_svc/get_group_shutted_uin')).toHaveLength(1);
    expect(progress).toEqual([500, 1000, 1001]);
    expect(out[0]).toEqual({ account: 'u0', kind: 'muted', mutedUntil: 99 });
    expect(out[1]).toEqual({ account: 'u1', kind: 'notListed' });
    const failed = out[500]!;
    expect(failed.kind === 'failed' && failed.error instanceof ImApiError && failed.error.code).toBe(10007);
    expect(out[1000]).toEqual({ account: 'u1000', kind: 'notListed' });
  });

  it('does not read the list back when every batch failed', async () => {
    const calls = stubProxy(() => ({ ActionStatus: 'FAIL', ErrorCode: 10007, ErrorInfo: 'work group' }));
    const out = await applyMutes(G, '', ['a'], 0);
    expect(calls).toHaveLength(1);
    expect(out[0]?.kind).toBe('failed');
  });
});
