import { render, screen, within } from '@testing-library/react';
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
  summaryData: { type: 'call', command: 'im_push', target: { type: 'allUsers' } },
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

  it('shows the summary in Chinese, or the stored line of an entry recorded without a structured one', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(entry), { status: 200 })),
    );
    const { unmount } = render(
      <Providers language="zh">
        <AuditDetail id={7} />
      </Providers>,
    );
    const fields = await screen.findByRole('table', { name: '记录字段' });
    const summaryRow = within(fields).getByText('摘要', { selector: 'th' }).closest('tr')!;
    expect(summaryRow.textContent).toBe('摘要用 im_push 推送给所有用户');
    unmount();

    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () => new Response(JSON.stringify({ ...entry, id: 8, summaryData: null }), { status: 200 }),
      ),
    );
    render(
      <Providers language="zh">
        <AuditDetail id={8} />
      </Providers>,
    );
    const old = await screen.findByRole('table', { name: '记录字段' });
    expect(within(old).getByText('摘要', { selector: 'th' }).closest('tr')!.textContent).toBe(
      '摘要im_push to all users',
    );
  });
});
