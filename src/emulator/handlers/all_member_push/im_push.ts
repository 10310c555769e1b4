/** `all_member_push/im_push`: push a message to all users or to a segment (../shared/im-api/06-push.md). */
import { endpoint } from '../../../api/endpoints/all_member_push/im_push';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import type { SchemaIssue } from '../../services';
import { tagIssueCode } from './push-common';

/**
 * Creates one push task and records who it reaches (attribute/tag state at accept time), without
 * writing any conversation history (seed-era: no roaming). Feature off → 90045; an unknown sender →
 * 90008; an attribute name that is not configured → 90033; the same `MsgRandom` within 7 days →
 * the earlier task's `TaskId` and nothing else. The 1 s spacing (90024) and 100-a-day cap (90047)
 * are enforced by the pipeline's rate limiter before this runs.
 */
export const imPush = defineHandler(
  endpoint,
  (req, ctx) => {
    const { store } = ctx;
    if (!store.push.enabled) {
      throw new ImFailure(90045, 'push to all users is not enabled for this app');
    }
    const from = req.From_Account ?? ctx.caller;
    if (!store.isImported(from)) throw new ImFailure(90008, `From_Account ${from} does not exist`);
    const { AttrsAnd, AttrsOr } = req.Condition ?? {};
    for (const name of [...Object.keys(AttrsAnd ?? {}), ...Object.keys(AttrsOr ?? {})]) {
      if (store.push.slotOf(name) === undefined) throw new ImFailure(90033, `invalid attribute: ${name}`);
    }
    const earlier = store.push.taskByRandom(req.MsgRandom, ctx.nowSeconds);
    if (earlier) return { TaskId: earlier.TaskId };
    const task = store.push.recordPush(
      {
        MsgRandom: req.MsgRandom,
        createdAt: ctx.nowSeconds,
        From_Account: from,
        ...(req.Condition && Object.keys(req.Condition).length ? { Condition: req.Condition } : {}),
        MsgBody: req.MsgBody,
        MsgLifeTime: req.MsgLifeTime ?? 0,
        ...(req.OfflinePushInfo ? { OfflinePushInfo: req.OfflinePushInfo } : {}),
      },
      ctx.config.sdkAppId,
    );
    return { TaskId: task.TaskId };
  },
  { paramCode: imPushParamCode },
);

/**
 * im_push's own numbers for schema failures (06-push.md im_push "Errors"): `MsgRandom` 90005,
 * `MsgLifeTime` 90026, `MsgBody` not an array 90007 / empty or too large 90002 / a bad element 90010,
 * and in `Condition`: attribute and tag keys together 90039, a tag in both lists 90022, more than 10
 * tags 90032, an empty tag 90040, a tag over 50 bytes 90020, a bad attribute 90033.
 */
export function imPushParamCode(issue: SchemaIssue): number | undefined {
  const [field, key, index] = issue.path;
  if (field === 'MsgRandom') return 90005;
  if (field === 'MsgLifeTime') return 90026;
  if (field === 'MsgBody') {
    if (issue.path.length > 1) return 90010;
    return issue.code === 'invalid_type' ? 90007 : 90002;
  }
  if (field !== 'Condition') return undefined;
  if (key === 'AttrsAnd' || key === 'AttrsOr') return 90033;
  if (key !== 'TagsAnd' && key !== 'TagsOr') return 90001;
  if (issue.code === 'custom' && issue.path.length === 2) return 90039;
  if (issue.code === 'custom' && typeof index === 'number' && issue.message.includes('TagsAnd')) return 90022;
  return tagIssueCode(issue, 2);
}
