import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../app/providers';
import { operatorAs } from '../../test/operators';
import { LoginPage } from './login-page';

const operator = operatorAs('marketing', { id: 2, username: 'mia', displayName: 'Mia' });
const session = {
  operator,
  session: {
    id: 's1',
    createdAt: '2026-11-26T10:00:00.000Z',
    expiresAt: '2026-11-26T22:00:00.000Z',
    idleExpiresAt: '2026-11-26T11:00:00.000Z',
  },
};

function answer(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderAt(url: string) {
  const router = createMemoryRouter(
    [
      { path: '/login', element: <LoginPage /> },
      { path: '*', element: <p>landed</p> },
    ],
    { initialEntries: [url] },
  );
  render(
    <Providers language="en">
      <RouterProvider router={router} />
    </Providers>,
  );
  return router;
}

async function signIn(username: string, password: string) {
  await userEvent.type(screen.getByRole('textbox', { name: 'Username' }), username);
  await userEvent.type(screen.getByLabelText(/^Password/, { selector: 'input' }), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('LoginPage', () => {
  it('says the pair is wrong without saying which part', async () => {
    answer(401, { error: { kind: 'unauthenticated', message: 'Wrong username or password.' } });
    renderAt('/login');
    await signIn('mia', 'not-it');
    expect((await screen.findByRole('alert')).textContent).toContain('Wrong username or password.');
  });

  it('says when a locked account may try again', async () => {
    // Only Date is faked: the clock reads 10:00:30 local time, timers run as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 26, 10, 0, 30));
    answer(429, { error: { kind: 'locked', message: 'Locked.', retryAfterSeconds: 14 * 60 + 10 } });
    renderAt('/login');
    await signIn('mia', 'not-it');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Too many failed attempts. Try again at 10:14 (in 15 minutes).');
  });

  it('names the empty fields instead of sending', async () => {
    const fetchMock = answer(200, session);
    renderAt('/login');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Username is required.')).toBeTruthy();
    expect(screen.getByText('Password is required.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('posts the credentials and goes to the page asked for', async () => {
    const fetchMock = answer(200, session);
    const router = renderAt('/login?next=%2Fusers%3Fids%3Dalice');
    await signIn('mia', 'the-right-password');
    await screen.findByText('landed');
    expect(router.state.location.pathname + router.state.location.search).toBe('/users?ids=alice');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/session/login');
    expect(JSON.parse(init.body as string)).toEqual({ username: 'mia', password: 'the-right-password' });
  });

  it('never follows a next that leaves the console', async () => {
    answer(200, session);
    const router = renderAt('/login?next=%2F%2Fevil.example%2Fphish');
    await signIn('mia', 'the-right-password');
    await screen.findByText('landed');
    expect(router.state.location.pathname).toBe('/');
  });
});
