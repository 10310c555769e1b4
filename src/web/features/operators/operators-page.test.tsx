import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../app/providers';
import { OperatorContext } from '../../lib/access';
import { operatorAs } from '../../test/operators';
import { ChangeRoleForm } from './change-role-form';
import { OperatorsPage } from './operators-page';

const admin = operatorAs('admin', { displayName: 'Administrator', lastLoginAt: '2026-11-26T11:00:00.000Z' });

/** A fake proxy: the list, and whatever `write` answers to changes. */
function proxy(write: (url: string, init: RequestInit) => Response) {
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) =>
    (init.method ?? 'GET') === 'GET'
      ? new Response(JSON.stringify({ operators: [admin] }), { status: 200 })
      : write(url, init),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderPage() {
  render(
    <Providers language="en">
      <MemoryRouter>
        <OperatorContext.Provider value={admin}>
          <OperatorsPage />
        </OperatorContext.Provider>
      </MemoryRouter>
    </Providers>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('operators page', () => {
  it('shows the last-admin refusal exactly as the proxy words it', async () => {
    const message = 'The last enabled admin cannot lose the admin role: make another operator admin first.';
    const fetchMock = proxy(
      () => new Response(JSON.stringify({ error: { kind: 'conflict', message } }), { status: 409 }),
    );
    const onChanged = vi.fn();
    render(
      <Providers language="en">
        <ChangeRoleForm operator={admin} onChanged={onChanged} onCancel={() => {}} />
      </Providers>,
    );
    const dialog = screen.getByRole('form', { name: 'Change the role of admin' });
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'New role' }));
    await userEvent.click(await screen.findByRole('option', { name: /^Viewer/, hidden: true }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Change role' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(message);
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(patch?.[0]).toBe('/api/operators/1');
    expect(JSON.parse(patch?.[1]?.body as string)).toEqual({ role: 'viewer' });
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('names the broken rule before sending a new operator', async () => {
    const fetchMock = proxy(() => new Response('{}', { status: 500 }));
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'New operator' }));
    const form = await screen.findByRole('form', { name: 'New operator' });
    await userEvent.type(within(form).getByRole('textbox', { name: /^Username/ }), 'Not Valid');
    await userEvent.type(within(form).getByLabelText(/^Initial password/, { selector: 'input' }), 'short');
    await userEvent.click(within(form).getByRole('button', { name: 'Create operator' }));
    expect(within(form).getByText(/Username must be 2 to 64 characters/)).toBeTruthy();
    expect(within(form).getByText('Initial password must be at least 12 characters.')).toBeTruthy();
    expect(fetchMock.mock.calls.every(([, init]) => (init?.method ?? 'GET') === 'GET')).toBe(true);
  });
});
