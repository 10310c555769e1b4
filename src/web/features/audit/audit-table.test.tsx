import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../../api/console-api';
import { Providers } from '../../app/providers';
import type { Language } from '../../lib/i18n/i18n';
import { AuditTable } from './audit-table';

const base = {
  operatorId: 1,
  username: 'root',
  role: 'admin',
  access: 'dangerous',
  requestId: 'r',
  ip: '10.0.0.1',
  result: 'ok',
  httpStatus: 200,
  actionStatus: 'OK',
  errorCode: 0,
  failedItems: null,
  durationMs: 4,
} as const;

const entries: AuditEntry[] = [
  {
    ...base,
    id: 3,
    at: '2026-11-26T10:02:00.000Z',
    kind: 'im_call',
    endpoint: 'im_open_login_svc/account_delete',
    summary: 'account_delete of 3 accounts',
    summaryData: { type: 'call', command: 'account_delete', batch: { noun: 'account', count: 3 } },
  },
  {
    ...base,
    id: 2,
    at: '2026-11-26T10:01:00.000Z',
    kind: 'login',
    endpoint: null,
    access: null,
    summary: 'login from 10.0.0.1',
    summaryData: { type: 'login', ip: '10.0.0.1' },
  },
  {
    // Recorded before the proxy kept structured summaries: only the English line.
    ...base,
    id: 1,
    at: '2026-11-26T10:00:00.000Z',
    kind: 'im_call',
    endpoint: 'group_open_http_svc/send_group_msg',
    summary: 'send_group_msg in group @TGS#1',
    summaryData: null,
  },
];

function renderTable(language: Language) {
  render(
    <Providers language={language}>
      <AuditTable
        rows={entries}
        onOpen={() => {}}
        hasMore={false}
        loadingMore={false}
        onLoadMore={() => {}}
      />
    </Providers>,
  );
}

const rowOf = async (tableName: string, text: string) =>
  (await within(screen.getByRole('table', { name: tableName })).findByText(text)).closest('tr')!;

describe('AuditTable', () => {
  // happy-dom lays nothing out: give the scroll area the height it has in a browser.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows each summary in Chinese when the language is zh, and an old entry’s stored line', async () => {
    renderTable('zh');
    const del = await rowOf('审计记录', '对 3 个账号调用 account_delete');
    expect(within(del).getByText('对 3 个账号调用 account_delete').getAttribute('title')).toBe(
      '对 3 个账号调用 account_delete',
    );
    expect((await rowOf('审计记录', '从 10.0.0.1 登录')).textContent).toContain('登录');
    expect(await rowOf('审计记录', 'send_group_msg in group @TGS#1')).toBeTruthy();
    expect(screen.queryByText('account_delete of 3 accounts')).toBeNull();
  });

  it('shows the English line in English', async () => {
    renderTable('en');
    expect(await rowOf('Audit entries', 'account_delete of 3 accounts')).toBeTruthy();
    expect(await rowOf('Audit entries', 'login from 10.0.0.1')).toBeTruthy();
    expect(screen.queryByText('对 3 个账号调用 account_delete')).toBeNull();
  });
});
