/** The Friends tab against a fake proxy: every page loaded, the count, search in the URL, errors, rules. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../../app/providers';
import { stubProxy } from '../../../test/fake-proxy';
import { FriendsTab } from './friends-tab';

const ok = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
const TOTAL = 250;

function friend(i: number) {
  return {
    To_Account: `f${String(i).padStart(3, '0')}`,
    ValueItem: [
      { Tag: 'Tag_SNS_IM_AddSource', Value: 'AddSource_Type_Android' },
      { Tag: 'Tag_SNS_IM_AddTime', Value: 1700000000 + i },
      ...(i === 7 ? [{ Tag: 'Tag_SNS_IM_Remark', Value: 'Lucky seven' }] : []),
    ],
  };
}

/** Answers the proxy's IM routes the way the emulator would; records each call. */
function fakeProxy(overrides: Record<string, (body: Record<string, unknown>) => unknown> = {}) {
  return stubProxy((path, body): unknown => {
    if (overrides[path]) return overrides[path](body);
    if (path === 'sns/friend_get') {
      const start = body.StartIndex as number;
      const end = Math.min(TOTAL, start + 100);
      return {
        ...ok,
        UserDataItem: Array.from({ length: end - start }, (_, k) => friend(start + k)),
        StandardSequence: 9,
        FriendNum: TOTAL,
        CompleteFlag: end >= TOTAL ? 1 : 0,
        NextStartIndex: end >= TOTAL ? 0 : end,
      };
    }
    if (path === 'sns/group_get') return { ...ok, ResultItem: [], CurrentSequence: 1 };
    if (path === 'profile/portrait_get')
      return {
        ...ok,
        UserProfileItem: (body.To_Account as string[]).map((id) => ({
          To_Account: id,
          ProfileItem: [{ Tag: 'Tag_Profile_IM_Nick', Value: `Nick ${id}` }],
          ResultCode: 0,
        })),
      };
    if (path === 'sns/friend_check' || path === 'sns/black_list_check')
      return { ...ok, InfoItem: [], BlackListCheckItem: [] };
    throw new Error(`unexpected call ${path}`);
  });
}

function Where() {
  const location = useLocation();
  return <output aria-label="location">{location.search}</output>;
}

function renderTab(search = '') {
  return render(
    <Providers language="en">
      <MemoryRouter initialEntries={[`/users/owner?tab=friends${search}`]}>
        <FriendsTab userId="owner" />
        <Where />
      </MemoryRouter>
    </Providers>,
  );
}

// happy-dom lays nothing out; give the virtualized table's scroll area a size so rows render.
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(560);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
});
afterAll(() => vi.restoreAllMocks());
afterEach(() => vi.unstubAllGlobals());

describe('FriendsTab', { timeout: 20_000 }, () => {
  it('loads every page, shows the count, and fetches nicknames only for rows in view', async () => {
    const calls = fakeProxy();
    renderTab();
    expect(await screen.findByText('250 friends', {}, { timeout: 4000 })).toBeTruthy();
    const starts = calls.filter((c) => c.path === 'sns/friend_get').map((c) => c.body.StartIndex);
    expect(starts.sort()).toEqual([0, 100, 200]);
    const table = screen.getByRole('table', { name: 'Friends of owner' });
    expect(table.getAttribute('aria-rowcount')).toBe(String(TOTAL + 1));
    expect(await within(table).findByText('Nick f000')).toBeTruthy();
    const nickCalls = calls.filter((c) => c.path === 'profile/portrait_get');
    expect(nickCalls.length).toBeGreaterThan(0);
    for (const c of nickCalls) expect((c.body.To_Account as string[]).length).toBeLessThanOrEqual(100);
    expect(within(table).getAllByText('Android').length).toBeGreaterThan(0);
  });

  it('searches the loaded list, keeping the search in the URL', async () => {
    fakeProxy();
    renderTab();
    await screen.findByText('250 friends', {}, { timeout: 4000 });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search friends' }), 'lucky');
    const table = screen.getByRole('table', { name: 'Friends of owner' });
    await waitFor(() => expect(table.getAttribute('aria-rowcount')).toBe('2'));
    expect(within(table).getByText('f007')).toBeTruthy();
    expect(screen.getByText('250 friends · 1 of 250 shown')).toBeTruthy();
    expect(screen.getByLabelText('location').textContent).toContain('fq=lucky');
  });

  it('explains an IM error in place', async () => {
    fakeProxy({
      'sns/friend_get': () => ({
        ActionStatus: 'FAIL',
        ErrorCode: 30003,
        ErrorInfo: 'From_Account does not exist',
      }),
    });
    renderTab();
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('30003');
  });

  it('refuses a bad add source before calling friend_add, naming the field and rule', async () => {
    const calls = fakeProxy();
    renderTab();
    await screen.findByText('250 friends', {}, { timeout: 4000 });
    await userEvent.click(screen.getByRole('button', { name: 'Add friends' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add friends' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'UserIDs' }), 'bob');
    const source = within(dialog).getByRole('textbox', { name: 'Add source' });
    await userEvent.clear(source);
    await userEvent.type(source, 'Web_2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(within(dialog).getByText('Add source must be 1 to 8 letters (A–Z, a–z)')).toBeTruthy();
    expect(calls.some((c) => c.path === 'sns/friend_add')).toBe(false);
  });
});
