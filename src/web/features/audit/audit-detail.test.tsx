import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUDIT_TRUNCATION_MARKER } from '../../../api/console-api';
import { Providers } from '../../app/providers';
import { AuditDetail, prettyBody } from './audit-detail';

const entry = {
  id: 7,
  at: '2026-11-26T10:00:00.000Z',
  kind: 'im_call',
  operatorId: 2,
  username: 'mia',
  role: 'marketing',
  endpoint: 'all_member_push/im_push',
  access: 'dangerous',
  requestId: 'req-77',
  ip: '127.0.0.1',
  result: 'im_error',
  httpStatus: 200,
  actionStatus: 'FAIL',
  errorCode: 70107,
  failedItems: null,
  durationMs: 12.4,
  summary: 'im_push to all users',
  requestBody: `{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"${'x'.repeat(50)}${AUDIT_TRUNCATION_MARKER}`,
  requestTruncated: true,
  responseBody: '{"ActionStatus":"FAIL","ErrorCode":70107}',
  responseTruncated: false,
};

afterEach(() => vi.unstubAllGlobals());

describe('prettyBody', () => {
  it('indents JSON and leaves anything else as stored', () => {
    expect(prettyBody('{"a":[1]}')).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(prettyBody('{"cut": "x…')).toBe('{"cut": "x…');
  });
});

describe('AuditDetail', () => {
  it('shows every field, the IM code explained, and a truncated body with its marker', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(entry), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    render(
      <Providers language="en">
        <AuditDetail id={7} />
      </Providers>,
    );
    const fields = await screen.findByRole('table', { name: 'Entry fields' });
    expect((fetchMock.mock.calls[0] as unknown as [string])[0]).toBe('/api/audit/7');
    expect(fields.textContent).toContain('mia');
    expect(fields.textContent).toContain('Marketing');
    expect(fields.textContent).toContain('70107');
    expect(fields.textContent).toContain('req-77');
    expect(screen.getByRole('button', { name: 'Copy request ID' })).toBeTruthy();
    expect(screen.getByText('Truncated')).toBeTruthy();
    expect(screen.getByLabelText('Request body').textContent).toContain(AUDIT_TRUNCATION_MARKER);
    expect(screen.getByLabelText('Response body').textContent).toContain('"ErrorCode": 70107');
  });
});
