import { describe, expect, it } from 'vitest';
import { batchsendmsgRequestSchema } from '../../../../api/endpoints/openim/batchsendmsg';
import { importmsgRequestSchema } from '../../../../api/endpoints/openim/importmsg';
import { sendmsgRequestSchema } from '../../../../api/endpoints/openim/sendmsg';
import { sendGroupMsgRequestSchema } from '../../../../api/endpoints/group_open_http_svc/send_group_msg';
import type { AnyEndpoint } from '../../../../api/endpoint';
import type { ImCaller } from '../../../lib/api-client';
import {
  batchSendJob,
  defaultSendOptions,
  importmsgRequest,
  offlinePushInfo,
  sendGroupMsgRequest,
  sendmsgRequest,
} from './send';

const body = [{ MsgType: 'TIMTextElem' as const, MsgContent: { Text: 'hi' } }];

describe('send requests', () => {
  it('sends only what the operator chose: defaults add no optional field', () => {
    const req = sendmsgRequest({ to: 'bob', body, options: defaultSendOptions, random: 7 });
    expect(req).toEqual({ To_Account: 'bob', MsgRandom: 7, MsgBody: body });
    expect(sendmsgRequestSchema.safeParse(req).success).toBe(true);
  });

  it('maps sync, push and control options onto the documented fields', () => {
    const req = sendmsgRequest({
      from: 'alice',
      to: 'bob',
      body,
      random: 1,
      options: {
        ...defaultSendOptions,
        sync: '2',
        pushTitle: ' Title ',
        pushExt: '{"x":1}',
        noUnread: true,
        noLastMsg: true,
      },
    });
    expect(req).toEqual({
      SyncOtherMachine: 2,
      From_Account: 'alice',
      To_Account: 'bob',
      MsgRandom: 1,
      MsgBody: body,
      SendMsgControl: ['NoUnread', 'NoLastMsg'],
      OfflinePushInfo: { PushFlag: 0, Title: 'Title', Ext: '{"x":1}' },
    });
    expect(sendmsgRequestSchema.safeParse(req).success).toBe(true);
    expect(offlinePushInfo({ ...defaultSendOptions, push: false, pushTitle: 'ignored' })).toEqual({
      PushFlag: 1,
    });
  });

  it('builds group, topic and import requests the contract accepts', () => {
    const group = sendGroupMsgRequest({
      groupId: '@TGS#_1',
      topicId: '@TGS#_1@TOPIC#_t',
      from: 'm1',
      body,
      options: defaultSendOptions,
      random: 3,
    });
    expect(group).toEqual({
      GroupId: '@TGS#_1',
      Random: 3,
      MsgBody: body,
      From_Account: 'm1',
      TopicId: '@TGS#_1@TOPIC#_t',
    });
    expect(sendGroupMsgRequestSchema.safeParse(group).success).toBe(true);
    const imported = importmsgRequest({
      from: 'a',
      to: 'b',
      time: 1_700_000_000,
      mode: 2,
      body,
      seq: 5,
      random: 6,
    });
    expect(importmsgRequestSchema.parse(imported)).toMatchObject({
      SyncFromOldSystem: 2,
      MsgTimeStamp: 1_700_000_000,
    });
  });
});

describe('batchSendJob', () => {
  it('splits recipients into calls of 500 and reports each one, failures from ErrorList', async () => {
    const ids = Array.from({ length: 1203 }, (_, i) => `u${i}`);
    const calls: string[][] = [];
    const call = (async (endpoint: AnyEndpoint, req: { To_Account: string[] }) => {
      expect(endpoint.path).toBe('openim/batchsendmsg');
      expect(batchsendmsgRequestSchema.safeParse(req).success).toBe(true);
      calls.push(req.To_Account);
      return {
        ActionStatus: 'OK',
        ErrorCode: 0,
        MsgKey: `k${calls.length}`,
        ErrorList: req.To_Account.includes('u7') ? [{ To_Account: 'u7', ErrorCode: 70107 }] : [],
      };
    }) as unknown as ImCaller;
    const job = batchSendJob(ids, { body, options: defaultSendOptions }, call, { concurrency: 1 });
    job.start();
    const snap = await job.finished();
    expect(calls.map((c) => c.length)).toEqual([500, 500, 203]);
    expect(snap.ok).toBe(1202);
    expect(snap.failed).toBe(1);
    expect(snap.results[7]).toMatchObject({ item: 'u7', status: 'failed', code: 70107 });
    expect(snap.results[0]).toMatchObject({ status: 'ok', note: 'k1' });
  });
});
