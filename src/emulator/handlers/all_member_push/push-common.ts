/**
 * Shared pieces of the `all_member_push/*` handlers (../shared/im-api/06-push.md): the per-account
 * "does not exist" item, the optional `ErrorList`, and the push codes for schema failures.
 */
import type { z } from 'zod';
import type { pushErrorItemSchema } from '../../../api/push';
import type { SchemaIssue } from '../../services';

/** The per-account failure code of attribute/tag calls for an unknown account (06-push.md, newer docs). */
export const PUSH_ACCOUNT_NOT_EXIST = 70107;

/** One `ErrorList` item, as the contract types it. */
export type PushErrorItem = z.infer<typeof pushErrorItemSchema>;

/** The `ErrorList` item for an account that is not imported. */
export function unknownAccount(To_Account: string): PushErrorItem {
  return { To_Account, ErrorCode: PUSH_ACCOUNT_NOT_EXIST, ErrorInfo: 'account does not exist' };
}

/** `{ ErrorList }` when some accounts failed, else nothing (the list is absent on full success). */
export function errorListField(
  errors: readonly PushErrorItem[],
): { ErrorList: PushErrorItem[] } | Record<never, never> {
  return errors.length ? { ErrorList: [...errors] } : {};
}

const accountLists = new Set(['To_Account', 'UserAttrs', 'UserTags']);

/**
 * Codes for schema failures of the attribute/tag calls: more than 100 accounts → 90018; a problem in
 * an `Attrs` map (name or value) → 90033; in a `Tags` list: more than 10 → 90032, an empty tag →
 * 90040, a tag over 50 bytes → 90020. Anything else falls back to the service's codes (90001...).
 */
export function pushListParamCode(issue: SchemaIssue): number | undefined {
  const [field, , sub] = issue.path;
  if (typeof field === 'string' && accountLists.has(field) && issue.path.length === 1) {
    return issue.code === 'too_big' ? 90018 : 90001;
  }
  if (sub === 'Attrs') return 90033;
  if (sub === 'Tags') return tagIssueCode(issue, 3);
  return undefined;
}

/** The code for an issue in a tag list whose path has `depth` segments up to the list itself. */
export function tagIssueCode(issue: SchemaIssue, depth: number): number {
  if (issue.path.length === depth) return issue.code === 'too_big' ? 90032 : 90040;
  if (issue.code === 'too_small') return 90040;
  if (issue.code === 'custom') return 90020;
  return 90001;
}
