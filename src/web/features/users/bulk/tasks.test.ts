/** The account jobs with a fake caller: the bodies they send and how answers map to per-item results. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImApiError, type ImCaller } from '../../../lib/api-client';
import { planImport } from './parse-import-file';
import { checkJob, deleteJob, FAIL_ACCOUNTS_REASON, importJob } from './tasks';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

function fakeCaller(answer: (path: string, body: Record<string, unknown>) => unknown) {
  const calls: { path: string; body: Record<string, unknown> }[] = [];
  const call = (async (endpoint: { path: string }, body: Record<string, unknown>) => {
    calls.push({ path: endpoint.path, body });
    const a = answer(endpoint.path, body);
    if (a instanceof Error) throw a;
    return { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ...(a as object) };
  }) as unknown as ImCaller;
  return { call, calls };
}

describe('importJob', () => {
  it('checks then imports each batch of 100 with AccountList, mapping imported / existed / FailAccounts / bad rows', async () => {
    const lines = ['userid,nick,faceurl'];
    for (let i = 0; i < 150; i++) lines.push(`u${i},Nick ${i},${i === 0 ? 'https://x/0.png' : ''}`);
    lines.push('x'.repeat(40) + ',too long');
    const plan = planImport(lines.join('\n'), 'csv');
    const { call, calls } = fakeCaller((path, body) => {
      if (path.endsWith('account_check')) {
        const items = body.CheckItem as { UserID: string }[];
        return {
          ResultItem: items.map(({ UserID }) => ({
            UserID,
            ResultCode: 0,
            AccountStatus: UserID === 'u1' ? 'Imported' : 'NotImported',
          })),
        };
      }
      return {
        FailAccounts: (body.AccountList as { UserID: string }[]).some((a) => a.UserID === 'u2') ? ['u2'] : [],
      };
    });
    const job = importJob(plan.rows, call);
    job.start();
    await vi.runAllTimersAsync();
    const snap = await job.finished();

    expect(calls.map((c) => c.path)).toEqual([
      'im_open_login_svc/account_check',
      'im_open_login_svc/multiaccount_import',
      'im_open_login_svc/account_check',
      'im_open_login_svc/multiaccount_import',
    ]);
    const first = calls[1]!.body.AccountList as { UserID: string; Nick?: string; FaceUrl?: string }[];
    expect(first).toHaveLength(100);
    expect(first[0]).toEqual({ UserID: 'u0', Nick: 'Nick 0', FaceUrl: 'https://x/0.png' });
    expect(first[1]).toEqual({ UserID: 'u1', Nick: 'Nick 1' });
    // The second batch holds 50 good rows; the bad row is reported, never sent.
    expect(calls[3]!.body.AccountList).toHaveLength(50);

    expect([snap.ok, snap.existed, snap.failed, snap.total]).toEqual([148, 1, 2, 151]);
    expect(snap.results[1]!.status).toBe('existed');
    expect(snap.results[2]).toMatchObject({ status: 'failed', reason: FAIL_ACCOUNTS_REASON });
    expect(snap.results[150]!.reason).toBe('Not sent: UserID must be at most 32 bytes (UTF-8)');
  });

  it('paces batches under multiaccount_import’s 100 calls/s', async () => {
    const plan = planImport(Array.from({ length: 1000 }, (_, i) => `p${i}`).join('\n'), 'txt');
    const starts: number[] = [];
    const { call } = fakeCaller((path, body) => {
      if (path.endsWith('multiaccount_import')) {
        starts.push(Date.now());
        return { FailAccounts: [] };
      }
      return {
        ResultItem: (body.CheckItem as { UserID: string }[]).map(({ UserID }) => ({
          UserID,
          ResultCode: 0,
          AccountStatus: 'NotImported',
        })),
      };
    });
    const job = importJob(plan.rows, call);
    job.start();
    await vi.runAllTimersAsync();
    expect(starts).toHaveLength(10);
    // 95 calls/s with the default 5 % headroom: starts at least 1000/95 ms apart.
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(10);
    expect(job.callIntervalMs).toBeCloseTo(1000 / 95, 5);
  });
});

describe('deleteJob and checkJob', () => {
  it('delete maps per-item ResultCode; a whole-call failure fails each item of that batch', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => `d${i}`);
    const { call } = fakeCaller((_path, body) => {
      const items = body.DeleteItem as { UserID: string }[];
      if (items[0]!.UserID === 'd100')
        return new ImApiError('im_open_login_svc/account_delete', 71000, 'not allowed', undefined);
      return { ResultItem: items.map(({ UserID }) => ({ UserID, ResultCode: UserID === 'd5' ? 70107 : 0 })) };
    });
    const job = deleteJob(ids, call);
    job.start();
    await vi.runAllTimersAsync();
    const snap = await job.finished();
    expect(snap.ok).toBe(99);
    expect(snap.results[5]).toMatchObject({ status: 'failed', code: 70107 });
    expect(snap.results.slice(100).every((r) => r.status === 'failed' && r.code === 71000)).toBe(true);
  });

  it('check notes each account’s state', async () => {
    const { call } = fakeCaller((_p, body) => ({
      ResultItem: (body.CheckItem as { UserID: string }[]).map(({ UserID }) => ({
        UserID,
        ResultCode: 0,
        AccountStatus: UserID === 'a' ? 'Imported' : 'NotImported',
      })),
    }));
    const job = checkJob(['a', 'b'], call);
    job.start();
    await vi.runAllTimersAsync();
    expect((await job.finished()).results.map((r) => r.note)).toEqual(['Imported', 'NotImported']);
  });
});
