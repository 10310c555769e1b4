/**
 * The audience job on the shared runner (src/web/lib/jobs): one item per CSV row. A batch holds up to
 * 100 rows (the documented 100 accounts per call, 90018); its tag rows go out as `im_add_tag` calls of
 * at most 10 tags per user (90032) with each user once per call, its attribute rows as one
 * `im_set_attr` call. Accounts the service lists in `ErrorList` fail with its code; the rest succeed.
 */
import { endpoint as imAddTag } from '../../../../api/endpoints/all_member_push/im_add_tag';
import { endpoint as imSetAttr } from '../../../../api/endpoints/all_member_push/im_set_attr';
import { PUSH_ACCOUNTS_MAX, TAGS_PER_ADD_MAX } from '../../../../api/push';
import { callIm, type ImCaller } from '../../../lib/api-client';
import { classifyError, createJob, type ItemOutcome, type Job, type JobSpec } from '../../../lib/jobs/runner';
import type { AudienceRow } from './audience-csv';

type ErrorItem = { To_Account: string; ErrorCode: number; ErrorInfo?: string };

/** Splits tag rows into calls: each user at most once per call, with at most 10 tags. */
export function tagCalls(rows: readonly Extract<AudienceRow, { kind: 'tag' }>[]): Map<string, string[]>[] {
  const byUser = new Map<string, string[]>();
  for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r.tag]);
  const calls: Map<string, string[]>[] = [];
  for (const [user, tags] of byUser) {
    for (let i = 0, round = 0; i < tags.length; i += TAGS_PER_ADD_MAX, round++) {
      calls[round] ??= new Map();
      calls[round]!.set(user, tags.slice(i, i + TAGS_PER_ADD_MAX));
    }
  }
  return calls;
}

/** Runs one batch of rows; per-account failures come back per row. */
export async function audienceBatch(
  rows: AudienceRow[],
  signal: AbortSignal,
  call: ImCaller = callIm,
): Promise<ItemOutcome[]> {
  const failedUsers = new Map<string, { code: number; reason: string }>();
  const failedRows = new Map<AudienceRow, { code?: number; reason: string }>();
  const tagRows = rows.filter((r): r is Extract<AudienceRow, { kind: 'tag' }> => r.kind === 'tag');
  const attrRows = rows.filter((r): r is Extract<AudienceRow, { kind: 'attr' }> => r.kind === 'attr');
  const mixed = tagRows.length > 0 && attrRows.length > 0;
  const note = (list: readonly ErrorItem[] | undefined, kind: AudienceRow['kind']) => {
    for (const e of list ?? []) {
      failedUsers.set(`${kind}:${e.To_Account}`, { code: e.ErrorCode, reason: e.ErrorInfo ?? '' });
    }
  };
  // A batch of one kind throws a whole-call error to the runner (which retries rate limits); a mixed batch
  // (where the tag rows end and the attribute rows begin) records it on that call's rows instead.
  const guarded = async (part: readonly AudienceRow[], run: () => Promise<void>) => {
    if (!mixed) return run();
    try {
      await run();
    } catch (error) {
      const verdict = classifyError(error);
      for (const r of part) failedRows.set(r, { code: verdict.code, reason: verdict.reason });
    }
  };
  await guarded(tagRows, async () => {
    for (const users of tagCalls(tagRows)) {
      const res = await call(
        imAddTag,
        { UserTags: [...users].map(([To_Account, Tags]) => ({ To_Account, Tags })) },
        { signal },
      );
      note(res.ErrorList, 'tag');
    }
  });
  if (attrRows.length > 0) {
    await guarded(attrRows, async () => {
      const byUser = new Map<string, Record<string, string>>();
      for (const r of attrRows) byUser.set(r.userId, { ...byUser.get(r.userId), [r.name]: r.value });
      const res = await call(
        imSetAttr,
        { UserAttrs: [...byUser].map(([To_Account, Attrs]) => ({ To_Account, Attrs })) },
        { signal },
      );
      note(res.ErrorList, 'attr');
    });
  }
  return rows.map((r): ItemOutcome => {
    const whole = failedRows.get(r);
    if (whole) return { status: 'failed', code: whole.code, reason: whole.reason };
    const failed = failedUsers.get(`${r.kind}:${r.userId}`);
    return failed ? { status: 'failed', code: failed.code, reason: failed.reason } : { status: 'ok' };
  });
}

/** The paced job over the plan's rows. */
export function audienceJob(
  rows: readonly AudienceRow[],
  tuning: Partial<Pick<JobSpec<AudienceRow>, 'concurrency' | 'headroom'>> = {},
  call: ImCaller = callIm,
): Job<AudienceRow> {
  return createJob({
    items: rows,
    batchSize: PUSH_ACCOUNTS_MAX,
    // Both endpoints allow 100 calls/s; a batch may make a few calls (one per 10 tags of a user, plus
    // one for attributes), so batches start at a quarter of that.
    rate: { perSecond: Math.min(imAddTag.rate.perSecond, imSetAttr.rate.perSecond) / 4 },
    ...tuning,
    run: (batch, signal) => audienceBatch(batch, signal, call),
  });
}
