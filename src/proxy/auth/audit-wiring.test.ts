/**
 * How the forwarder drives the audit log: what is recorded, that the entry exists before the call
 * goes upstream, that a failed audit write stops the call, and that refusals happen before the body
 * is read.
 */
import { describe, expect, it } from 'vitest';
import { findEndpoint } from '../../api/endpoints';
import type { AdminSigner } from '../admin-signer';
import { auditKindOf, createImForwarder, type ImCall } from '../forward';
import { silentLogger } from '../request-log';
import { recordingAudit, testCaller } from './testing';
import type { Role } from '../../api/roles';

const signer: AdminSigner = { query: () => 'sdkappid=1&identifier=admin&usersig=x', userSig: () => 'x' };

function setup(answer = '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}') {
  const audit = recordingAudit();
  const seenAtUpstream: number[] = [];
  const forward = createImForwarder({
    baseUrl: 'http://im.test',
    findEndpoint,
    signer,
    upstream: async () => {
      seenAtUpstream.push(audit.begun.length);
      return new Response(answer);
    },
    timeoutMs: 1000,
    logger: silentLogger,
    random: () => 0.5,
    audit,
  });
  let reads = 0;
  const call = (path: string, body: string, role: Role | null = 'admin', mustChange = false) => {
    const [service, command] = path.split('/') as [string, string];
    const c: ImCall = {
      service,
      command,
      requestId: 'rid',
      caller: role === null ? null : testCaller(role, { mustChangePassword: mustChange }),
      readBody: async () => (reads++, body),
    };
    return forward(c);
  };
  return { audit, seenAtUpstream, call, reads: () => reads };
}

describe('audit wiring of IM calls', () => {
  it('classifies endpoints', () => {
    expect(auditKindOf(findEndpoint('im_open_login_svc', 'account_delete')!)).toBe('im_call');
    expect(auditKindOf(findEndpoint('openim', 'sendmsg')!)).toBe('im_call');
    expect(auditKindOf(findEndpoint('openim', 'admin_getroammsg')!)).toBe('content_read');
    expect(auditKindOf(findEndpoint('group_open_http_svc', 'group_msg_get_simple')!)).toBe('content_read');
    expect(auditKindOf(findEndpoint('open_msg_svc', 'get_history')!)).toBe('content_read');
    expect(auditKindOf(findEndpoint('profile', 'portrait_get')!)).toBeNull();
  });

  it('commits the entry before the call goes upstream, then finishes it with the answer', async () => {
    const t = setup();
    const out = await t.call('im_open_login_svc/account_import', '{"UserID":"alice"}');
    expect(out.ok).toBe(true);
    expect(t.seenAtUpstream).toEqual([1]);
    expect(t.audit.begun[0]).toMatchObject({
      kind: 'im_call',
      requestId: 'rid',
      body: '{"UserID":"alice"}',
      actor: { username: 'admin-op', role: 'admin' },
    });
    expect(t.audit.begun[0]!.endpoint.path).toBe('im_open_login_svc/account_import');
    expect(t.audit.finished).toHaveLength(1);
    expect(t.audit.finished[0]!.end.httpStatus).toBe(200);
    expect(new TextDecoder().decode(t.audit.finished[0]!.end.answer)).toContain('"ActionStatus":"OK"');
  });

  it('does not forward when the audit log cannot write', async () => {
    const t = setup();
    t.audit.failBegin = true;
    const out = await t.call('im_open_login_svc/account_import', '{"UserID":"alice"}');
    expect(out).toMatchObject({ ok: false, status: 503, kind: 'internal' });
    expect(t.seenAtUpstream).toEqual([]);
    // Plain reads need no entry and still go through.
    expect(
      (await t.call('profile/portrait_get', '{"To_Account":["a"],"TagList":["Tag_Profile_IM_Nick"]}')).ok,
    ).toBe(true);
  });

  it('audits a role refusal as refused, without reading the body', async () => {
    const t = setup();
    const reads = t.reads();
    expect(await t.call('im_open_login_svc/account_delete', '{"x":1}', 'viewer')).toMatchObject({
      status: 403,
    });
    expect(t.reads()).toBe(reads);
    expect(t.seenAtUpstream).toEqual([]);
    expect(t.audit.begun).toHaveLength(1);
    expect(t.audit.begun[0]).toMatchObject({ kind: 'im_call', body: '' });
    expect(t.audit.begun[0]!.endpoint.path).toBe('im_open_login_svc/account_delete');
    expect(t.audit.begun[0]!.actor.role).toBe('viewer');
    expect(t.audit.finished[0]!.end).toMatchObject({ httpStatus: 403, proxyErrorKind: 'forbidden' });
    // A read of message content refused to marketing is recorded as a content read.
    await t.call('openim/admin_getroammsg', '{}', 'marketing');
    expect(t.audit.begun[1]).toMatchObject({ kind: 'content_read' });
    // The refusal stands when the log cannot write.
    t.audit.failBegin = true;
    expect(await t.call('im_open_login_svc/account_delete', '{}', 'viewer')).toMatchObject({ status: 403 });
  });

  it('records nothing for invalid bodies, and refuses before reading the body', async () => {
    const t = setup();
    expect(await t.call('im_open_login_svc/account_import', '{"UserID":""}')).toMatchObject({ status: 400 });
    expect(t.audit.begun).toEqual([]);
    const reads = t.reads();
    expect(await t.call('im_open_login_svc/account_delete', '{}', 'viewer')).toMatchObject({ status: 403 });
    expect(await t.call('im_open_login_svc/account_delete', '{}', null)).toMatchObject({ status: 401 });
    expect(await t.call('profile/portrait_get', '{}', 'viewer', true)).toMatchObject({ status: 403 });
    expect(t.reads()).toBe(reads);
    expect(t.seenAtUpstream).toEqual([]);
  });
});
