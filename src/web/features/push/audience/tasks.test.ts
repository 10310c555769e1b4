import { describe, expect, it } from 'vitest';
import { ImApiError } from '../../../lib/api-client';
import type { AudienceRow } from './audience-csv';
import { audienceBatch, audienceJob, tagCalls } from './tasks';

const tag = (line: number, userId: string, t: string): AudienceRow => ({ kind: 'tag', line, userId, tag: t });
const attr = (line: number, userId: string, name: string, value: string): AudienceRow => ({
  kind: 'attr',
  line,
  userId,
  name,
  value,
});

/** A fake `callIm` that records calls and answers with `answer(path, body)`. */
function fake(answer: (path: string, body: Record<string, unknown>) => unknown = () => ({})) {
  const calls: { path: string; body: Record<string, unknown> }[] = [];
  const call = (async (endpoint: { path: string }, body: Record<string, unknown>) => {
    calls.push({ path: endpoint.path, body });
    const a = answer(endpoint.path, body);
    if (a instanceof Error) throw a;
    return { ActionStatus: 'OK', ErrorCode: 0, ...(a as object) };
  }) as never;
  return { calls, call };
}

describe('tagCalls', () => {
  it('puts each user once per call with at most 10 tags', () => {
    const rows = [
      ...Array.from({ length: 12 }, (_, i) => tag(i, 'u1', `t${i}`)),
      tag(20, 'u2', 'x'),
    ] as Extract<AudienceRow, { kind: 'tag' }>[];
    const calls = tagCalls(rows);
    expect(calls.map((c) => Object.fromEntries(c))).toEqual([
      { u1: ['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'], u2: ['x'] },
      { u1: ['t10', 't11'] },
    ]);
  });
});

describe('audienceBatch', () => {
  it('sends tags and attributes and reports ErrorList accounts per row', async () => {
    const { calls, call } = fake((path) =>
      path.endsWith('im_add_tag')
        ? { ErrorList: [{ To_Account: 'ghost', ErrorCode: 70107, ErrorInfo: 'unknown account' }] }
        : {},
    );
    const rows = [
      tag(1, 'u1', 'vip'),
      tag(2, 'ghost', 'vip'),
      attr(3, 'u1', 'city', 'SZ'),
      attr(4, 'u1', 'level', 'gold'),
    ];
    const out = await audienceBatch(rows, new AbortController().signal, call);
    expect(calls).toEqual([
      {
        path: 'all_member_push/im_add_tag',
        body: {
          UserTags: [
            { To_Account: 'u1', Tags: ['vip'] },
            { To_Account: 'ghost', Tags: ['vip'] },
          ],
        },
      },
      {
        path: 'all_member_push/im_set_attr',
        body: { UserAttrs: [{ To_Account: 'u1', Attrs: { city: 'SZ', level: 'gold' } }] },
      },
    ]);
    expect(out).toEqual([
      { status: 'ok' },
      { status: 'failed', code: 70107, reason: 'unknown account' },
      { status: 'ok' },
      { status: 'ok' },
    ]);
  });

  it('in a mixed batch, a failed call fails only its own rows', async () => {
    const { call } = fake((path) =>
      path.endsWith('im_set_attr') ? new ImApiError(path, 90033, 'invalid attribute', undefined) : {},
    );
    const out = await audienceBatch(
      [tag(1, 'u1', 'vip'), attr(2, 'u1', 'city', 'SZ')],
      new AbortController().signal,
      call,
    );
    expect(out[0]).toEqual({ status: 'ok' });
    expect(out[1]).toMatchObject({ status: 'failed', code: 90033 });
  });

  it('in a batch of one kind, a failed call is thrown to the runner', async () => {
    const { call } = fake(() => new ImApiError('x', 90018, 'too many', undefined));
    await expect(audienceBatch([tag(1, 'u1', 'vip')], new AbortController().signal, call)).rejects.toThrow(
      ImApiError,
    );
  });
});

describe('audienceJob', () => {
  it('runs 250 rows in batches of 100 with a result per row', async () => {
    const { calls, call } = fake();
    const rows = Array.from({ length: 250 }, (_, i) => tag(i + 1, `user_${i}`, 'spring'));
    const job = audienceJob(rows, { concurrency: 4 }, call);
    job.start();
    const snap = await job.finished();
    expect(snap.ok).toBe(250);
    expect(calls.map((c) => (c.body.UserTags as unknown[]).length)).toEqual([100, 100, 50]);
  });
});
