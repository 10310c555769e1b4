/**
 * Recalling transcript messages on the shared job runner (src/web/lib/jobs): one-to-one messages one
 * `admin_msgwithdraw` call each (by sender, recipient and `MsgKey`), group and topic messages by seq,
 * ten per `group_msg_recall` call, each seq with its own `RetCode` (03-c2c-messages.md,
 * 11-groups-messages.md). Every message ends with a result; 20023 ("already recalled") is not a failure.
 */
import { batchMax } from '../../../../api/endpoint';
import { endpoint as adminMsgwithdraw } from '../../../../api/endpoints/openim/admin_msgwithdraw';
import { endpoint as groupMsgRecall } from '../../../../api/endpoints/group_open_http_svc/group_msg_recall';
import { ImApiError, callIm, type ImCaller } from '../../../lib/api-client';
import { createJob, type ItemOutcome, type Job, type JobSpec } from '../../../lib/jobs/runner';
import type { TranscriptMessage, TranscriptTarget } from '../model';

/** IM code of a second recall of the same C2C message. */
export const ALREADY_RECALLED = 20023;

/** Messages that can still be recalled: not recalled yet, not a deleted placeholder, addressable. */
export function recallable(target: TranscriptTarget, message: TranscriptMessage): boolean {
  if (message.recalled || message.placeholder) return false;
  return target.kind === 'c2c' ? Boolean(message.msgKey && message.from && message.to) : message.seq > 0;
}

/** Recalls one batch (one C2C message, or up to ten group seqs) and reports each message. */
export async function recallBatch(
  target: TranscriptTarget,
  batch: readonly TranscriptMessage[],
  signal: AbortSignal,
  options: { reason?: string } = {},
  call: ImCaller = callIm,
): Promise<ItemOutcome[]> {
  if (target.kind === 'c2c') {
    const outcomes: ItemOutcome[] = [];
    for (const m of batch) {
      if (!m.msgKey || !m.from || !m.to) {
        outcomes.push({
          status: 'failed',
          reason: 'The message has no MsgKey, sender or recipient to recall it by.',
        });
        continue;
      }
      try {
        await call(
          adminMsgwithdraw,
          { From_Account: m.from, To_Account: m.to, MsgKey: m.msgKey },
          { signal },
        );
        outcomes.push({ status: 'ok' });
      } catch (error) {
        if (error instanceof ImApiError && error.code === ALREADY_RECALLED)
          outcomes.push({ status: 'existed' });
        else throw error;
      }
    }
    return outcomes;
  }
  const reason = options.reason?.trim();
  const res = await call(
    groupMsgRecall,
    {
      GroupId: target.groupId,
      MsgSeqList: batch.map((m) => ({ MsgSeq: m.seq })),
      ...(target.kind === 'topic' ? { TopicId: target.topicId } : {}),
      ...(reason ? { Reason: reason } : {}),
    },
    { signal },
  );
  const bySeq = new Map((res.RecallRetList ?? []).map((r) => [r.MsgSeq, r.RetCode]));
  return batch.map((m): ItemOutcome => {
    const code = bySeq.get(m.seq);
    if (code === undefined) return { status: 'failed', reason: 'The answer has no result for this seq.' };
    return code === 0 ? { status: 'ok' } : { status: 'failed', code };
  });
}

/** The recall job over the selected messages (call it with `recallable` ones only). */
export function recallJob(
  target: TranscriptTarget,
  messages: readonly TranscriptMessage[],
  options: { reason?: string } = {},
  call: ImCaller = callIm,
  tuning: Partial<Pick<JobSpec<unknown>, 'concurrency' | 'maxRetries' | 'backoffMs' | 'clock'>> = {},
): Job<TranscriptMessage> {
  const c2c = target.kind === 'c2c';
  return createJob({
    items: messages,
    batchSize: c2c ? 1 : batchMax(groupMsgRecall, 'MsgSeqList'),
    rate: c2c ? adminMsgwithdraw.rate : groupMsgRecall.rate,
    ...tuning,
    run: (batch, signal) => recallBatch(target, batch, signal, options, call),
  });
}
