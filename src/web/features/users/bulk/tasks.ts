/**
 * The account jobs on the shared runner (src/web/lib/jobs): import, check, kick and delete, each batched
 * by the contract's documented cap and paced by its documented call frequency. Free of React so the import
 * bench drives exactly this code. The caller is injectable (the bench signs its own calls); the console
 * uses `callIm`.
 */
import { batchMax, type RateLimit } from '../../../../api/endpoint';
import { endpoint as accountCheck } from '../../../../api/endpoints/im_open_login_svc/account_check';
import { endpoint as accountDelete } from '../../../../api/endpoints/im_open_login_svc/account_delete';
import { endpoint as kick } from '../../../../api/endpoints/im_open_login_svc/kick';
import { endpoint as multiaccountImport } from '../../../../api/endpoints/im_open_login_svc/multiaccount_import';
import { callIm, type ImCaller } from '../../../lib/api-client';
import { createJob, type ItemOutcome, type Job, type JobSpec } from '../../../lib/jobs/runner';
import type { ImportRow } from './parse-import-file';

/** Tuning shared by every account job (tests and the bench override it). */
export type JobTuning = Partial<
  Pick<JobSpec<unknown>, 'headroom' | 'concurrency' | 'maxRetries' | 'backoffMs'>
>;

/** The slower of several documented rates: a batch that makes one call to each must respect both. */
export function slowestRate(...rates: RateLimit[]): RateLimit {
  return rates.reduce((a, b) => (b.perSecond < a.perSecond ? b : a));
}

/** Reason recorded for a FailAccounts entry: the service gives none (02-accounts.md, multiaccount_import). */
export const FAIL_ACCOUNTS_REASON =
  'Listed in FailAccounts: the service gives no reason (an invalid UserID, the account cap 70398 or the re-import wait 70399).';

/**
 * One import batch: `account_check` first (to tell "already existed" from "imported": multiaccount_import
 * does not say), then `multiaccount_import` in the new `AccountList` format, which sets nickname and avatar,
 * also of existing accounts (02-accounts.md). Rows that broke a rule in the dry run are not sent.
 */
export async function importBatch(
  rows: ImportRow[],
  signal: AbortSignal,
  call: ImCaller = callIm,
): Promise<ItemOutcome[]> {
  const send = rows.filter((r) => !r.problems?.length);
  const existed = new Set<string>();
  const failed = new Set<string>();
  if (send.length > 0) {
    const check = await call(
      accountCheck,
      { CheckItem: send.map((r) => ({ UserID: r.userId })) },
      { signal },
    );
    for (const item of check.ResultItem) if (item.AccountStatus === 'Imported') existed.add(item.UserID);
    const res = await call(
      multiaccountImport,
      {
        AccountList: send.map((r) => ({
          UserID: r.userId,
          ...(r.nick !== undefined ? { Nick: r.nick } : {}),
          ...(r.faceUrl !== undefined ? { FaceUrl: r.faceUrl } : {}),
        })),
      },
      { signal },
    );
    for (const id of res.FailAccounts ?? []) failed.add(id);
  }
  return rows.map((r): ItemOutcome => {
    if (r.problems?.length)
      return {
        status: 'failed',
        reason: `Not sent: ${r.problems.map((p) => `${p.field} ${p.rule}`).join('; ')}`,
      };
    if (failed.has(r.userId)) return { status: 'failed', reason: FAIL_ACCOUNTS_REASON };
    return existed.has(r.userId) ? { status: 'existed' } : { status: 'ok' };
  });
}

/** The import job over the dry run's rows. */
export function importJob(
  rows: readonly ImportRow[],
  call: ImCaller = callIm,
  tuning: JobTuning = {},
): Job<ImportRow> {
  return createJob({
    items: rows,
    batchSize: Math.min(batchMax(multiaccountImport, 'AccountList'), batchMax(accountCheck, 'CheckItem')),
    rate: slowestRate(multiaccountImport.rate, accountCheck.rate),
    ...tuning,
    run: (batch, signal) => importBatch(batch, signal, call),
  });
}

/** A per-UserID result item of a batch answer (`account_check`, `account_delete`). */
interface UserResultItem {
  UserID: string;
  ResultCode: number;
  ResultInfo?: string;
}

/**
 * Each UserID of the batch, in order: failed with its `ResultCode` when that is not 0, failed when the
 * answer has no item for it (never silently ok), else what `ok` makes of its item.
 */
function perUserOutcomes<I extends UserResultItem>(
  batch: readonly string[],
  items: readonly I[],
  ok: (item: I) => ItemOutcome,
): ItemOutcome[] {
  const byId = new Map(items.map((i) => [i.UserID, i]));
  return batch.map((id): ItemOutcome => {
    const item = byId.get(id);
    if (!item) return { status: 'failed', reason: 'The answer has no result for this UserID.' };
    if (item.ResultCode !== 0)
      return { status: 'failed', code: item.ResultCode, reason: item.ResultInfo || undefined };
    return ok(item);
  });
}

/** Check job: `ok` with note `Imported` or `NotImported`; a per-item `ResultCode` fails the item. */
export function checkJob(
  ids: readonly string[],
  call: ImCaller = callIm,
  tuning: JobTuning = {},
): Job<string> {
  return createJob({
    items: ids,
    batchSize: batchMax(accountCheck, 'CheckItem'),
    rate: accountCheck.rate,
    ...tuning,
    run: async (batch, signal) => {
      const res = await call(accountCheck, { CheckItem: batch.map((UserID) => ({ UserID })) }, { signal });
      return perUserOutcomes(batch, res.ResultItem, (item) => ({ status: 'ok', note: item.AccountStatus }));
    },
  });
}

/** Kick job: one account per call (the endpoint takes one), at its documented rate. */
export function kickJob(
  ids: readonly string[],
  call: ImCaller = callIm,
  tuning: JobTuning = {},
): Job<string> {
  return createJob({
    items: ids,
    batchSize: 1,
    rate: kick.rate,
    ...tuning,
    run: async ([id], signal) => {
      await call(kick, { UserID: id! }, { signal });
      return [{ status: 'ok' }];
    },
  });
}

/** Delete job: per-item `ResultCode` (70107: the account does not exist) is that item's failure. */
export function deleteJob(
  ids: readonly string[],
  call: ImCaller = callIm,
  tuning: JobTuning = {},
): Job<string> {
  return createJob({
    items: ids,
    batchSize: batchMax(accountDelete, 'DeleteItem'),
    rate: accountDelete.rate,
    ...tuning,
    run: async (batch, signal) => {
      const res = await call(accountDelete, { DeleteItem: batch.map((UserID) => ({ UserID })) }, { signal });
      return perUserOutcomes(batch, res.ResultItem, () => ({ status: 'ok' }));
    },
  });
}
