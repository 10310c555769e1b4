/**
 * Reads an IM answer for the audit log: its `ActionStatus`, `ErrorCode` and how many items of a
 * batch failed, and turns that into the entry's result. Batch APIs report per-item failures inside an
 * `OK` answer, under names that differ per API (../shared/im-api/01-conventions.md §4): `ResultItem[]`
 * with `ResultCode`, `ErrorList[]` with `ErrorCode`, `DestroyResultItem[]` with `ErrorCode`,
 * `ImportMsgResult[]` with `Result` (0 = ok), group `MemberList[]` with `Result` (0 = failed,
 * 10-groups-core.md), nested ones like `GroupResultItem[].ResultItem[]`, and plain lists of failed
 * UserIDs (`Fail_Account`, `FailAccounts`).
 */
import type { AuditEntry } from '../../api/console-api';

/** What an IM answer says about itself. */
export interface AnswerOutcome {
  actionStatus: string | null;
  errorCode: number | null;
  /** Items of a batch that failed; 0 when the answer has per-item results and none failed, null when unreadable. */
  failedItems: number | null;
}

/** Lists of failed UserIDs (strings), each one a failed item. */
const failedIdLists = ['Fail_Account', 'FailAccounts'] as const;
/** Lists whose every entry is a failure. */
const failureLists = new Set(['ErrorList']);
/** Lists whose items carry `Result` with 0 meaning failed (group membership: 1 added, 2 already a member, 3 waiting). */
const zeroIsFailure = new Set(['MemberList']);
const MAX_DEPTH = 6;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonZero(v: unknown): boolean {
  return typeof v === 'number' && v !== 0;
}

/** True when one item of a batch list reports a failure. */
function itemFailed(list: string, item: Record<string, unknown>): boolean {
  if (failureLists.has(list)) return true;
  if (nonZero(item.ResultCode) || nonZero(item.ErrorCode)) return true;
  if (typeof item.Result === 'number') return zeroIsFailure.has(list) ? item.Result === 0 : item.Result !== 0;
  return false;
}

/** Counts failed items in the lists under `value` (an item that failed is counted once, not searched further). */
function countItems(value: unknown, depth: number): number {
  if (depth > MAX_DEPTH || !isRecord(value)) return 0;
  let failed = 0;
  for (const [key, child] of Object.entries(value)) {
    if (Array.isArray(child)) {
      for (const item of child) {
        if (!isRecord(item)) continue;
        if (itemFailed(key, item)) failed++;
        else failed += countItems(item, depth + 1);
      }
    } else if (isRecord(child)) {
      failed += countItems(child, depth + 1);
    }
  }
  return failed;
}

/** Reads `ActionStatus`, `ErrorCode` and the per-item failures of a parsed IM answer. */
export function readAnswer(answer: unknown): AnswerOutcome {
  if (!isRecord(answer)) return { actionStatus: null, errorCode: null, failedItems: null };
  const actionStatus = typeof answer.ActionStatus === 'string' ? answer.ActionStatus : null;
  const errorCode =
    typeof answer.ErrorCode === 'number' && Number.isInteger(answer.ErrorCode) ? answer.ErrorCode : null;
  // `Fail_Account` repeats the accounts a `ResultItem` list already marks failed: take the larger count.
  let idFailures = 0;
  for (const name of failedIdLists) {
    const list = answer[name];
    if (Array.isArray(list)) idFailures = Math.max(idFailures, list.length);
  }
  return { actionStatus, errorCode, failedItems: Math.max(idFailures, countItems(answer, 0)) };
}

/** Proxy error kinds that mean the proxy refused the call itself (nothing or nothing valid went upstream). */
const refusals = new Set([
  'invalid_json',
  'invalid_request',
  'body_too_large',
  'unknown_endpoint',
  'unauthenticated',
  'forbidden',
  'locked',
  'not_found',
  'conflict',
]);

/** The entry's result: `ok`, `partial` (OK with per-item failures), `im_error`, or the proxy's own `refused` / `failed`. */
export function resultOf(
  httpStatus: number,
  answer: AnswerOutcome | null,
  proxyErrorKind: string | undefined,
): AuditEntry['result'] {
  if (proxyErrorKind !== undefined) return refusals.has(proxyErrorKind) ? 'refused' : 'failed';
  if (!answer) return httpStatus >= 400 && httpStatus < 500 ? 'refused' : 'failed';
  if ((answer.errorCode !== null && answer.errorCode !== 0) || answer.actionStatus === 'FAIL')
    return 'im_error';
  if (answer.errorCode === null && answer.actionStatus !== 'OK') return 'failed';
  return answer.failedItems ? 'partial' : 'ok';
}
