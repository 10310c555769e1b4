import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Operator } from '../../../api/console-api';
import { Providers } from '../../app/providers';
import { OperatorContext } from '../../lib/access';
import { GroupsPage } from './groups-page';

const admin: Operator = {
  id: 1,
  username: 'admin',
  displayName: 'Administrator',
  role: 'admin',
  disabled: false,
  createdAt: '2026-11-26T10:00:00.000Z',
  lastLoginAt: '2026-11-26T11:00:00.000Z',
  mustChangePassword: false,
};

const ids = Array.from({ length: 120 }, (_, i) => `g_${String(i).padStart(3, '0')}`);
const ok = (body: object) =>
  new Response(JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ...body }), { status: 200 });

/** A fake proxy: 120 groups, listed by `Next` cursor; profiles named after the ID. */
function proxy() {
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    const body = JSON.parse((init.body as string) ?? '{}') as Record<string, unknown>;
    if (url.endsWith('/get_appid_group_list')) {
      const after = Number(body.Next ?? 0);
      const limit = Number(body.Limit);
      const page = ids.slice(after, after + limit);
      const next = after + page.length < ids.length ? after + page.length : 0;
      return ok({ TotalCount: ids.length, GroupIdList: page.map((GroupId) => ({ GroupId })), Next: next });
    }
    if (url.endsWith('/get_group_info')) {
      const list = body.GroupIdList as string[];
      return ok({
        GroupInfo: list.map((GroupId) => ({
          GroupId,
          ErrorCode: 0,
          ErrorInfo: '',
          Type: 'Public',
          Name: GroupId === 'g_007' ? 'Book club' : `Team ${GroupId}`,
          Owner_Account: 'alice',
          MemberNum: 3,
          MaxMemberNum: 200,
          MuteAllMember: 'Off',
          CreateTime: 1_700_000_000,
        })),
      });
    }
    return new Response('{}', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderPage(url: string) {
  render(
    <Providers language="en">
      <MemoryRouter initialEntries={[url]}>
        <OperatorContext.Provider value={admin}>
          <GroupsPage />
        </OperatorContext.Provider>
      </MemoryRouter>
    </Providers>,
  );
}

afterEach(() => vi.unstubAllGlobals());

const bodiesOf = (fetchMock: ReturnType<typeof proxy>, command: string) =>
  fetchMock.mock.calls
    .filter(([url]) => String(url).endsWith(`/${command}`))
    .map(([, init]) => JSON.parse(init?.body as string) as Record<string, unknown>);

describe('groups page', () => {
  it('pages with the Next cursor and enriches rows in batches of at most 50', async () => {
    const fetchMock = proxy();
    renderPage('/groups?size=100');
    expect(await screen.findByText('100 of 120 groups loaded')).toBeTruthy();
    // jsdom has no layout, so the virtual table's body is not asserted here (e2e does); the calls are.
    await waitFor(() => expect(bodiesOf(fetchMock, 'get_group_info').length).toBeGreaterThan(0));
    expect((bodiesOf(fetchMock, 'get_group_info')[0]!.GroupIdList as string[])[0]).toBe('g_000');
    for (const b of bodiesOf(fetchMock, 'get_group_info'))
      expect((b.GroupIdList as string[]).length).toBeLessThanOrEqual(50);

    await userEvent.click(screen.getByRole('button', { name: 'Load more groups' }));
    expect(await screen.findByText('120 of 120 groups loaded', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByText('All groups loaded.')).toBeTruthy();
    const lists = bodiesOf(fetchMock, 'get_appid_group_list');
    expect(lists.map((b) => b.Next)).toEqual([0, 100]);
    expect(lists.every((b) => b.Limit === 100)).toBe(true);
  });

  it('filters the loaded rows by name, reading details of every loaded row', async () => {
    const fetchMock = proxy();
    renderPage('/groups?size=1000&q=book');
    expect(
      await screen.findByText(/^1 match among 120 of 120 loaded groups/, {}, { timeout: 3000 }),
    ).toBeTruthy();
    const asked = bodiesOf(fetchMock, 'get_group_info').flatMap((b) => b.GroupIdList as string[]);
    expect(new Set(asked).size).toBe(120);
    expect(screen.getByText(/The IM API cannot search groups by name/)).toBeTruthy();
  });

  it('asks the service for one type when the URL names it', async () => {
    const fetchMock = proxy();
    renderPage('/groups?type=Community');
    await screen.findByRole('table', { name: 'Groups' });
    expect(bodiesOf(fetchMock, 'get_appid_group_list')[0]).toMatchObject({ GroupType: 'Community', Next: 0 });
  });
});
