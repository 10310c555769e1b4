import { describe, expect, it } from 'vitest';
import type { AnyEndpoint } from '../../../../api/endpoint';
import { ImApiError, type ImCaller } from '../../../lib/api-client';
import type { TranscriptMessage, TranscriptTarget } from '../model';
import { recallable, recallJob } from './recall';

function msg(i: number, extra: Partial<TranscriptMessage> = {}): TranscriptMessage {
  return {
    id: `k${i}`,
    msgKey: `${i}_1_1700000000`,
    seq: i,
    time: 1_700_000_000 + i,
    from: 'alice',
    to: 'bob',
    body: [],
    recalled: false,
    placeholder: false,
    raw: {} as TranscriptMessage['raw'],
    ...extra,
  };
}

const c2c: TranscriptTarget = { kind: 'c2c', viewpoint: 'alice', peer: 'bob' };
const topic: TranscriptTarget = { kind: 'topic', groupId: '@TGS#_g', topicId: '@TGS#_g@TOPIC#_t' };

describe('recall', () => {
  it('leaves recalled messages and placeholders out', () => {
    expect(recallable(c2c, msg(1))).toBe(true);
    expect(recallable(c2c, msg(1, { recalled: true }))).toBe(false);
    expect(recallable(topic, msg(1, { placeholder: true }))).toBe(false);
    expect(recallable(c2c, msg(1, { msgKey: undefined }))).toBe(false);
  });

  it('recalls C2C messages one call each; 20023 counts as already recalled, other codes fail', async () => {
    const seen: unknown[] = [];
    const call = (async (endpoint: AnyEndpoint, req: { MsgKey: string }) => {
      expect(endpoint.path).toBe('openim/admin_msgwithdraw');
      seen.push(req);
      if (req.MsgKey.startsWith('2_')) throw new ImApiError(endpoint.path, 20023, 'already', undefined);
      if (req.MsgKey.startsWith('3_')) throw new ImApiError(endpoint.path, 20022, 'not found', undefined);
      return { ActionStatus: 'OK', ErrorCode: 0 };
    }) as unknown as ImCaller;
    const job = recallJob(c2c, [msg(1), msg(2), msg(3)], {}, call, { maxRetries: 0 });
    job.start();
    const snap = await job.finished();
    expect(seen[0]).toEqual({ From_Account: 'alice', To_Account: 'bob', MsgKey: '1_1_1700000000' });
    expect(snap.results.map((r) => [r.item.id, r.status, r.code])).toEqual([
      ['k1', 'ok', undefined],
      ['k2', 'existed', undefined],
      ['k3', 'failed', 20022],
    ]);
  });

  it('recalls group or topic seqs ten per call with each RetCode', async () => {
    const batches: { MsgSeqList: { MsgSeq: number }[]; TopicId?: string; Reason?: string }[] = [];
    const call = (async (endpoint: AnyEndpoint, req: (typeof batches)[number]) => {
      expect(endpoint.path).toBe('group_open_http_svc/group_msg_recall');
      batches.push(req);
      return {
        ActionStatus: 'OK',
        ErrorCode: 0,
        RecallRetList: req.MsgSeqList.filter((s) => s.MsgSeq !== 12).map((s) => ({
          MsgSeq: s.MsgSeq,
          RetCode: s.MsgSeq === 5 ? 10030 : 0,
        })),
      };
    }) as unknown as ImCaller;
    const items = Array.from({ length: 23 }, (_, i) => msg(i + 1, { id: `seq:${i + 1}`, msgKey: undefined }));
    const job = recallJob(topic, items, { reason: ' spam ' }, call, { concurrency: 1 });
    job.start();
    const snap = await job.finished();
    expect(batches.map((b) => b.MsgSeqList.length)).toEqual([10, 10, 3]);
    expect(batches[0]).toMatchObject({ GroupId: '@TGS#_g', TopicId: '@TGS#_g@TOPIC#_t', Reason: 'spam' });
    expect(snap.ok).toBe(21);
    expect(snap.results[4]).toMatchObject({ status: 'failed', code: 10030 });
    expect(snap.results[11]).toMatchObject({
      status: 'failed',
      reason: 'The answer has no result for this seq.',
    });
  });
});
