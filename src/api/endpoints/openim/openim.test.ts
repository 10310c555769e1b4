/** Rule tests for the C2C message and online-status endpoints (../shared/im-api/02-accounts.md, 03-c2c-messages.md). */
import { describe, expect, it } from 'vitest';
import { endpoint as getroammsg } from './admin_getroammsg';
import { endpoint as withdraw } from './admin_msgwithdraw';
import { endpoint as setMsgRead } from './admin_set_msg_read';
import { endpoint as batchsendmsg } from './batchsendmsg';
import { endpoint as unread } from './get_c2c_unread_msg_num';
import { endpoint as importmsg } from './importmsg';
import { endpoint as modify } from './modify_c2c_msg';
import { endpoint as queryOnlineStatus } from './query_online_status';
import { endpoint as querystate } from './querystate';
import { endpoint as sendmsg } from './sendmsg';

function paths(r: { error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (r.error?.issues ?? []).map((i) => i.path.join('.'));
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `user_${i}`);
const text = [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }];

describe('query_online_status and querystate', () => {
  it('reject more than 500 accounts and an empty list', () => {
    const r = queryOnlineStatus.request.safeParse({ To_Account: ids(501) });
    expect(paths(r)).toEqual(['To_Account']);
    expect(r.error?.issues[0]?.message).toBe('must list at most 500 items per call');
    expect(paths(querystate.request.safeParse({ To_Account: [] }))).toEqual(['To_Account']);
  });

  it('reject an IsNeedDetail other than 0/1', () => {
    expect(paths(queryOnlineStatus.request.safeParse({ To_Account: ['a'], IsNeedDetail: 2 }))).toEqual([
      'IsNeedDetail',
    ]);
  });

  it('reject an unknown status in an answer, and accept the legacy State field on querystate', () => {
    const bad = {
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      QueryResult: [{ To_Account: 'a', Status: 'Away' }],
    };
    expect(queryOnlineStatus.response.safeParse(bad).success).toBe(false);
    const legacy = {
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      QueryResult: [{ To_Account: 'a', State: 'Online' }],
    };
    expect(querystate.response.safeParse(legacy).success).toBe(true);
  });
});

describe('sendmsg', () => {
  const base = { To_Account: 'bob', MsgRandom: 1, MsgBody: text };

  it('accepts the minimal message', () => {
    expect(sendmsg.request.safeParse(base).success).toBe(true);
  });

  it('requires MsgRandom and MsgBody, naming each', () => {
    expect(paths(sendmsg.request.safeParse({ To_Account: 'bob' })).sort()).toEqual(['MsgBody', 'MsgRandom']);
  });

  it('rejects a bad SendMsgControl flag, SyncOtherMachine and MsgRandom', () => {
    expect(paths(sendmsg.request.safeParse({ ...base, SendMsgControl: ['NoPush'] }))).toEqual([
      'SendMsgControl.0',
    ]);
    expect(paths(sendmsg.request.safeParse({ ...base, SyncOtherMachine: 3 }))).toEqual(['SyncOtherMachine']);
    expect(paths(sendmsg.request.safeParse({ ...base, MsgRandom: 2 ** 32 }))).toEqual(['MsgRandom']);
  });

  it('lets the service cap MsgLifeTime above 7 days but rejects a negative one', () => {
    expect(sendmsg.request.safeParse({ ...base, MsgLifeTime: 604801 }).success).toBe(true);
    expect(paths(sendmsg.request.safeParse({ ...base, MsgLifeTime: -1 }))).toEqual(['MsgLifeTime']);
  });

  it('checks message elements and offline-push settings', () => {
    const badElem = { ...base, MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: {} }] };
    expect(paths(sendmsg.request.safeParse(badElem))).toEqual(['MsgBody.0.MsgContent.Text']);
    expect(paths(sendmsg.request.safeParse({ ...base, OfflinePushInfo: { PushFlag: 5 } }))).toEqual([
      'OfflinePushInfo.PushFlag',
    ]);
  });
});

describe('batchsendmsg', () => {
  it('rejects more than 500 recipients', () => {
    const r = batchsendmsg.request.safeParse({ To_Account: ids(501), MsgRandom: 1, MsgBody: text });
    expect(paths(r)).toEqual(['To_Account']);
    expect(batchsendmsg.batch).toEqual([{ field: 'To_Account', max: 500 }]);
  });

  it('rejects a single recipient given as a string', () => {
    expect(paths(batchsendmsg.request.safeParse({ To_Account: 'bob', MsgRandom: 1, MsgBody: text }))).toEqual(
      ['To_Account'],
    );
  });
});

describe('importmsg', () => {
  const base = {
    From_Account: 'a',
    To_Account: 'b',
    MsgSeq: 1,
    MsgRandom: 2,
    MsgTimeStamp: 1556178721,
    MsgBody: text,
  };

  it('accepts modes 2 and 5 and the legacy real-time value 1', () => {
    for (const mode of [1, 2, 5]) {
      expect(importmsg.request.safeParse({ ...base, SyncFromOldSystem: mode }).success, String(mode)).toBe(
        true,
      );
    }
  });

  it('rejects another mode and a missing MsgTimeStamp', () => {
    expect(paths(importmsg.request.safeParse({ ...base, SyncFromOldSystem: 3 }))).toEqual([
      'SyncFromOldSystem',
    ]);
    const { MsgTimeStamp: _omit, ...noTime } = base;
    expect(paths(importmsg.request.safeParse({ ...noTime, SyncFromOldSystem: 2 }))).toEqual(['MsgTimeStamp']);
  });

  it('is classified dangerous (migration)', () => {
    expect(importmsg.access).toBe('dangerous');
  });
});

describe('admin_getroammsg', () => {
  const window = { MaxCnt: 100, MinTime: 1584669600, MaxTime: 1584673200 };

  it('accepts the older From_Account/To_Account names', () => {
    expect(
      getroammsg.request.safeParse({ ...window, From_Account: 'user2', To_Account: 'user1' }).success,
    ).toBe(true);
  });

  it('requires both participants, naming each', () => {
    expect(paths(getroammsg.request.safeParse(window)).sort()).toEqual(['Operator_Account', 'Peer_Account']);
  });

  it('rejects a window that starts after it ends', () => {
    const r = getroammsg.request.safeParse({
      ...window,
      Operator_Account: 'a',
      Peer_Account: 'b',
      MinTime: window.MaxTime + 1,
    });
    expect(paths(r)).toEqual(['MinTime']);
  });

  it('keeps a returned element of an unknown kind', () => {
    const answer = {
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      Complete: 1,
      MsgCnt: 1,
      MsgList: [
        {
          From_Account: 'a',
          To_Account: 'b',
          MsgSeq: 1,
          MsgRandom: 2,
          MsgTimeStamp: 3,
          MsgFlagBits: 0,
          MsgKey: '1_2_3',
          MsgBody: [{ MsgType: 'TIMNewElem', MsgContent: { X: 1 } }],
        },
      ],
    };
    const r = getroammsg.response.parse(answer);
    expect(r.MsgList[0]?.MsgBody[0]?.MsgType).toBe('TIMNewElem');
  });
});

describe('recall, read, unread, modify', () => {
  it('admin_msgwithdraw rejects a MsgKey over 50 characters and a missing one', () => {
    const base = { From_Account: 'a', To_Account: 'b' };
    expect(paths(withdraw.request.safeParse({ ...base, MsgKey: '1'.repeat(51) }))).toEqual(['MsgKey']);
    expect(paths(withdraw.request.safeParse(base))).toEqual(['MsgKey']);
  });

  it('admin_set_msg_read accepts MsgReadTime as a string or a number, not as text', () => {
    const base = { Report_Account: 'a', Peer_Account: 'b' };
    expect(setMsgRead.request.safeParse({ ...base, MsgReadTime: '1672531200' }).success).toBe(true);
    expect(setMsgRead.request.safeParse({ ...base, MsgReadTime: 1672531200 }).success).toBe(true);
    expect(paths(setMsgRead.request.safeParse({ ...base, MsgReadTime: 'yesterday' }))).toEqual([
      'MsgReadTime',
    ]);
  });

  it('get_c2c_unread_msg_num rejects more than 10 peers', () => {
    expect(paths(unread.request.safeParse({ To_Account: 'a', Peer_Account: ids(11) }))).toEqual([
      'Peer_Account',
    ]);
    expect(unread.request.safeParse({ To_Account: 'a' }).success).toBe(true);
  });

  it('modify_c2c_msg accepts a no-op and rejects a second TIMCustomElem', () => {
    const base = { From_Account: 'a', To_Account: 'b', MsgKey: '1_2_3' };
    expect(modify.request.safeParse(base).success).toBe(true);
    const custom = { MsgType: 'TIMCustomElem', MsgContent: { Data: 'd' } };
    expect(paths(modify.request.safeParse({ ...base, MsgBody: [custom, custom] }))).toEqual([
      'MsgBody.1.MsgType',
    ]);
  });
});
