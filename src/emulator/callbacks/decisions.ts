/**
 * How a before-callback's answer decides the event (../shared/im-api/14-webhooks.md §2): allow,
 * refuse with the documented code (or a custom code from the allowed range, with `ErrorInfo` passed
 * through), modify (C2C message body), or per-target refusals (`Sns.CallbackPrev*` `ResultItem`).
 * A failed callback (timeout, HTTP error, bad answer) follows the dispatcher's failure policy.
 */
import type { BeforeResult, FailurePolicy } from './dispatcher';

/** The decision on a gated event. */
export type GateVerdict =
  | { kind: 'allow'; answer: Record<string, unknown> }
  | { kind: 'refuse'; code: number; info: string }
  | { kind: 'drop' };

/** How one before-callback command maps `ErrorCode` (14-webhooks.md, each command's "Expected response"). */
interface GateRule {
  /** The caller's code for `ErrorCode` 1, other unknown values, and a failure under the deny policy. */
  refuseCode: number;
  /** Custom refusal codes passed through with their `ErrorInfo`. */
  passThrough: [number, number];
  /** `ErrorCode` 2 = report success, store nothing (only some doc revisions; C2C only). */
  silentDrop: boolean;
}

/** `C2C.CallbackBeforeSendMsg`: 1 → 20006, [120001, 130000] passed through, 2 → silent drop. */
export const SEND_MSG_RULE: GateRule = { refuseCode: 20006, passThrough: [120001, 130000], silentDrop: true };

/** `Group.CallbackBeforeCreateGroup` / `BeforeCreateTopic`: 1 → 10016, [10100, 10200] passed through. */
export const CREATE_RULE: GateRule = { refuseCode: 10016, passThrough: [10100, 10200], silentDrop: false };

/** Decides a gated event from the before-callback's result. */
export function gate(result: BeforeResult, policy: FailurePolicy, rule: GateRule): GateVerdict {
  if (result.kind === 'failed') {
    return policy === 'allow'
      ? { kind: 'allow', answer: {} }
      : {
          kind: 'refuse',
          code: rule.refuseCode,
          info: `callback failed (${result.reason}); refused by policy`,
        };
  }
  const code = result.answer.ErrorCode as number;
  const info = typeof result.answer.ErrorInfo === 'string' ? result.answer.ErrorInfo : '';
  if (code === 0) return { kind: 'allow', answer: result.answer };
  if (code === 2 && rule.silentDrop) return { kind: 'drop' };
  const [lo, hi] = rule.passThrough;
  if (Number.isInteger(code) && code >= lo && code <= hi) return { kind: 'refuse', code, info };
  return { kind: 'refuse', code: rule.refuseCode, info: info || 'refused by the app backend callback' };
}

/** A target refused by a `Sns.CallbackPrev*` answer. */
export interface ItemRefusal {
  ResultCode: number;
  ResultInfo: string;
}

/**
 * Per-target refusals of a `Sns.CallbackPrevFriendAdd` / `PrevFriendResponse` answer: non-zero
 * `ResultCode`s in `ResultItem`; targets not listed are allowed. A failed callback, or an envelope
 * `ErrorCode` other than 0, follows the policy (deny refuses every target with `ResultCode` 1).
 */
export function itemRefusals(
  result: BeforeResult,
  policy: FailurePolicy,
  targets: readonly string[],
): Map<string, ItemRefusal> {
  const refused = new Map<string, ItemRefusal>();
  const failed = result.kind === 'failed' || result.answer.ErrorCode !== 0;
  if (failed) {
    if (policy === 'deny') {
      for (const t of targets)
        refused.set(t, { ResultCode: 1, ResultInfo: 'callback failed; refused by policy' });
    }
    return refused;
  }
  const items = Array.isArray(result.answer.ResultItem) ? (result.answer.ResultItem as unknown[]) : [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const { To_Account, ResultCode, ResultInfo } = item as Record<string, unknown>;
    if (typeof To_Account !== 'string' || !targets.includes(To_Account)) continue;
    if (typeof ResultCode !== 'number' || ResultCode === 0) continue;
    refused.set(To_Account, { ResultCode, ResultInfo: typeof ResultInfo === 'string' ? ResultInfo : '' });
  }
  return refused;
}
