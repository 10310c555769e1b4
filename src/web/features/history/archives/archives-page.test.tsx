import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Operator } from '../../../../api/console-api';
import { Providers } from '../../../app/providers';
import { OperatorContext } from '../../../lib/access';
import { operatorAs } from '../../../test/operators';
import { ArchivesPage } from './archives-page';
import { hourKeyOf } from './hours';

const now = Math.floor(Date.now() / 1000);
const threeHoursAgo = hourKeyOf(now - 3 * 3600);
const file = {
  URL: `http://127.0.0.1:9/msg_history/1400000000_C2C_${threeHoursAgo}.gz`,
  ExpireTime: '2999-01-01 00:00:00',
  FileSize: 65207,
  FileMD5: 'cceece008bb7f469a47cf8c4b7acb84e',
  GzipSize: 1815,
  GzipMD5: 'c3a0269dde393fd7a8bb18bfdeaeee2e',
};

function imAnswers(answer: (body: { ChatType: string; MsgTime: string }) => object) {
  const fetchMock = vi.fn(async (_url: string, init: RequestInit = {}) => {
    const body = JSON.parse(String(init.body));
    return new Response(
      JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ...answer(body) }),
      {
        status: 200,
      },
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderAt(search: string, operator?: Operator) {
  const page = (
    <Providers language="en">
      <MemoryRouter initialEntries={[`/history/archives${search}`]}>
        <ArchivesPage />
      </MemoryRouter>
    </Providers>
  );
  return render(
    operator ? <OperatorContext.Provider value={operator}>{page}</OperatorContext.Provider> : page,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('ArchivesPage', () => {
  it('lists the hour’s files with sizes, both checksums and a download link', async () => {
    const fetchMock = imAnswers(() => ({ File: [file] }));
    renderAt(`?hour=${threeHoursAgo}`);
    const table = await screen.findByRole('table', { name: 'Archive files' });
    expect(within(table).getByText(`1400000000_C2C_${threeHoursAgo}.gz`)).toBeTruthy();
    expect(within(table).getByText(file.GzipMD5)).toBeTruthy();
    expect(within(table).getByText(file.FileMD5)).toBeTruthy();
    expect(table.textContent).toContain('1.8 KB (1,815 B)');
    expect(table.textContent).toContain('63.7 KB (65,207 B)');
    const link = within(table).getByRole('link', { name: `Download 1400000000_C2C_${threeHoursAgo}.gz` });
    expect(link.getAttribute('href')).toBe(file.URL);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/im/open_msg_svc/get_history');
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]!.body))).toEqual({
      ChatType: 'C2C',
      MsgTime: threeHoursAgo,
    });
    // The selected hour is pressed in the grid.
    const hour = threeHoursAgo.slice(8, 10);
    expect(screen.getByRole('button', { name: `${hour}:00` }).getAttribute('aria-pressed')).toBe('true');
  });

  it('asks for group archives when the URL says so', async () => {
    const fetchMock = imAnswers(() => ({ File: [file] }));
    renderAt(`?type=Group&hour=${threeHoursAgo}`);
    await screen.findByRole('table', { name: 'Archive files' });
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]!.body)).ChatType).toBe('Group');
  });

  it('says an hour that is not over is not ready, without asking', () => {
    const fetchMock = imAnswers(() => ({ File: [] }));
    renderAt(`?hour=${hourKeyOf(now)}`);
    expect(screen.getByText('Not ready yet')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says an hour older than 7 days has expired, without asking', () => {
    const fetchMock = imAnswers(() => ({ File: [] }));
    renderAt(`?hour=${hourKeyOf(now - 8 * 86_400)}`);
    expect(screen.getByText('Expired')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('explains the service’s “not ready” answer', async () => {
    imAnswers(() => ({ ActionStatus: 'FAIL', ErrorCode: 1004, ErrorInfo: 'not ready' }));
    renderAt(`?hour=${threeHoursAgo}`);
    expect(await screen.findByText(/archive is not ready yet/)).toBeTruthy();
    // The error itself stays on screen, with the code explained and a retry.
    expect(screen.getByRole('alert').textContent).toContain('1004');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('offers fresh links once a link has expired', async () => {
    imAnswers(() => ({ File: [{ ...file, ExpireTime: '2000-01-01 00:00:00' }] }));
    renderAt(`?hour=${threeHoursAgo}`);
    expect(await screen.findByRole('button', { name: 'Get fresh links' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /^Download / })).toBeNull();
  });

  it('rejects a malformed hour in the address', () => {
    imAnswers(() => ({ File: [] }));
    renderAt('?hour=2026023125');
    expect(screen.getByRole('alert').textContent).toContain('Not a valid hour');
  });

  it('tells an operator without access which roles have it', () => {
    const fetchMock = imAnswers(() => ({ File: [file] }));
    renderAt(
      `?hour=${threeHoursAgo}`,
      operatorAs('viewer', { id: 2, username: 'vera', displayName: 'Vera' }),
    );
    expect(screen.getByText('You cannot download message archives.')).toBeTruthy();
    expect(screen.getByText(/Needs the .*Support.* role/)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
