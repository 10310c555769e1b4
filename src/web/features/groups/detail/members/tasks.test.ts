import { describe, expect, it } from 'vitest';
import { ImApiError, type ImCaller } from '../../../../lib/api-client';
import { parseImportMembers } from './parse-import-members';
import { addMembersJob, importMembersJob, removeMembersJob, resultOutcome } from './tasks';

type Call = { path: string; body: Record<string, unknown> };

/** A fake `callIm` that records calls and answers through `answer`. */
function fakeCaller(answer: (path: string, body: Record<string, unknown>) => unknown) {
  const calls: Call[] = [];
  const call = (async (endpoint: { path: string }, body: unknown) => {
    calls.push({ path: endpoint.path, body: body as Record<string, unknown> });
    return answer(endpoint.path, body as Record<string, unknown>);
  }) as unknown as ImCaller;
  return { call, calls };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `user_${i + 1}`);

describe('resultOutcome', () => {
  it('maps every documented Result', () => {
    expect(resultOutcome(1)).toEqual({ status: 'ok' });
    expect(resultOutcome(2)).toEqual({ status: 'existed' });
    expect(resultOutcome(3)).toEqual({ status: 'ok', note: 'waiting' });
    expect(resultOutcome(0)).toEqual({ status: 'failed', note: 'result0' });
    expect(resultOutcome(undefined)).toEqual({ status: 'failed', note: 'missing' });
  });
});

describe('addMembersJob', () => {
  it('adds 250 users in batches of 20 with Silence and gives each its result', async () => {
    const { call, calls } = fakeCaller((_path, body) => ({
      ActionStatus: 'OK',
      ErrorCode: 0,
      MemberList: (body.MemberList as { Member_Account: string }[]).map((m) => ({
        Member_Account: m.Member_Account,
        Result: m.Member_Account === 'user_7' ? 2 : m.Member_Account === 'user_9' ? 0 : 1,
      })),
    }));
    const job = addMembersJob('@TGS#2ABC', ids(250), true, call, { concurrency: 2 });
    job.start();
    const snap = await job.finished();
    expect(calls).toHaveLength(13);
    expect(calls.every((c) => c.body.Silence === 1 && c.body.GroupId === '@TGS#2ABC')).toBe(true);
    expect(Math.max(...calls.map((c) => (c.body.MemberList as unknown[]).length))).toBe(20);
    expect(snap.ok).toBe(248);
    expect(snap.existed).toBe(1);
    expect(snap.failed).toBe(1);
    expect(snap.results[8]).toMatchObject({ item: 'user_9', status: 'failed', note: 'result0' });
  });

  it('fails every user of a batch the service refused as a whole, with the code', async () => {
    const { call } = fakeCaller(() => {
      throw new ImApiError('group_open_http_svc/add_group_member', 10019, 'account not found', undefined);
    });
    const job = addMembersJob('@TGS#2ABC', ids(3), false, call);
    job.start();
    const snap = await job.finished();
    expect(snap.failed).toBe(3);
    expect(snap.results.every((r) => r.code === 10019)).toBe(true);
  });
});

describe('removeMembersJob', () => {
  it('checks roles first: reports non-members, keeps the owner out, removes the rest', async () => {
    const { call, calls } = fakeCaller((path, body) => {
      if (path.endsWith('get_role_in_group'))
        return {
          ActionStatus: 'OK',
          ErrorCode: 0,
          UserIdList: (body.User_Account as string[]).map((id) => ({
            Member_Account: id,
            Role: id === 'boss' ? 'Owner' : id === 'ghost' ? 'NotMember' : 'Member',
          })),
        };
      return { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
    });
    const job = removeMembersJob(
      '@TGS#2ABC',
      ['a', 'boss', 'ghost', 'b'],
      { silent: true, reason: ' spam ' },
      call,
    );
    job.start();
    const snap = await job.finished();
    const del = calls.find((c) => c.path.endsWith('delete_group_member'));
    expect(del?.body).toEqual({
      GroupId: '@TGS#2ABC',
      MemberToDel_Account: ['a', 'b'],
      Silence: 1,
      Reason: 'spam',
    });
    expect(snap.results.map((r) => [r.item, r.status, r.note])).toEqual([
      ['a', 'ok', undefined],
      ['boss', 'failed', 'owner'],
      ['ghost', 'existed', 'notMember'],
      ['b', 'ok', undefined],
    ]);
  });
});

describe('importMembersJob', () => {
  it('sends valid rows only and reports rule breakers with their field', async () => {
    const parsed = parseImportMembers(
      'UserID,Role,JoinTime,UnreadMsgNum\nalice,Admin,1700000000,3\nbob,Owner\ncarol,,,',
    );
    expect(parsed.rows).toHaveLength(3);
    const { call, calls } = fakeCaller((_p, body) => ({
      ActionStatus: 'OK',
      ErrorCode: 0,
      MemberList: (body.MemberList as { Member_Account: string }[]).map((m) => ({
        Member_Account: m.Member_Account,
        Result: m.Member_Account === 'carol' ? 2 : 1,
      })),
    }));
    const job = importMembersJob('@TGS#2ABC', parsed.rows!, call);
    job.start();
    const snap = await job.finished();
    expect(calls[0]!.body.MemberList).toEqual([
      { Member_Account: 'alice', Role: 'Admin', JoinTime: 1700000000, UnreadMsgNum: 3 },
      { Member_Account: 'carol' },
    ]);
    expect(snap.results.map((r) => r.status)).toEqual(['ok', 'failed', 'existed']);
    expect(snap.results[1]!.reason).toMatch(/^Role must be one of Admin, Member/);
  });
});

describe('parseImportMembers', () => {
  it('reads a JSON array and names the broken field', () => {
    const parsed = parseImportMembers(
      '[{"Member_Account":"a","JoinTime":1},{"Member_Account":"b","UnreadMsgNum":-1}]',
    );
    expect(parsed.rows?.[0]).toMatchObject({ line: 1, problems: [] });
    expect(parsed.rows?.[1]?.problems[0]?.field).toBe('UnreadMsgNum');
  });

  it('says when the JSON is broken or not an array', () => {
    expect(parseImportMembers('[{').error).toBe('badJson');
    expect(parseImportMembers('{"a":1}').error).toBe('notArray');
  });

  it('reports a non-numeric join time instead of dropping it', () => {
    const parsed = parseImportMembers('dave,Member,yesterday');
    expect(parsed.rows?.[0]?.problems[0]?.field).toBe('JoinTime');
  });
});
