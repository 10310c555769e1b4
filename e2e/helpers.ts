/** Helpers shared by the e2e specs: the emulator's control routes, the language switch, operators and sign-in. */
import { expect, request, type APIRequestContext, type Page } from '@playwright/test';
import { authFile, E2E_EMULATOR_PORT, E2E_PORT } from '../playwright.config';

/** The embedded emulator's base URL in e2e runs. */
export const emulatorUrl = `http://127.0.0.1:${E2E_EMULATOR_PORT}`;

/** Makes the next `count` calls to an endpoint answer an IM error code (emulator faults route). */
export async function injectFault(path: string, code: number, count = 1): Promise<void> {
  const res = await fetch(`${emulatorUrl}/__emulator/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ path, code, count }),
  });
  expect(res.ok, `fault injection answered HTTP ${res.status}`).toBe(true);
}

/** Clears every pending fault. */
export async function clearFaults(): Promise<void> {
  await fetch(`${emulatorUrl}/__emulator/faults`, { method: 'DELETE' });
}

/** Switches the console language through the header menu. */
export async function switchLanguage(page: Page, to: 'English' | '简体中文'): Promise<void> {
  await page.getByRole('button', { name: /^(Language|语言):/ }).click();
  await page.getByRole('menuitem', { name: to }).click();
}

/** Roles global setup creates an operator for (admin is the first operator, `admin`). */
export type E2eRole = 'viewer' | 'support' | 'moderator' | 'marketing';

/** The operators global setup creates, one per role besides admin, with fixed test passwords. */
export const E2E_OPERATORS: Readonly<
  Record<E2eRole, { username: string; displayName: string; password: string }>
> = {
  viewer: { username: 'e2e-viewer', displayName: 'Vera Viewer', password: 'e2e-viewer-password-01' },
  support: { username: 'e2e-support', displayName: 'Sam Support', password: 'e2e-support-password-01' },
  moderator: {
    username: 'e2e-moderator',
    displayName: 'Mo Moderator',
    password: 'e2e-moderator-password-01',
  },
  marketing: {
    username: 'e2e-marketing',
    displayName: 'Mia Marketing',
    password: 'e2e-marketing-password-01',
  },
};

/** The console's own origin in e2e runs. */
export const consoleUrl = `http://127.0.0.1:${E2E_PORT}`;

/**
 * An API client for the proxy, signed in as `role` (the state global setup saved) or not at all
 * (`null`). It sends the console's Origin, as the browser would, so the CSRF check lets it through.
 */
export function apiAs(role: E2eRole | 'admin' | null): Promise<APIRequestContext> {
  return request.newContext({
    baseURL: consoleUrl,
    extraHTTPHeaders: { Origin: consoleUrl },
    storageState: role ? authFile(role) : { cookies: [], origins: [] },
  });
}

/** Signs in through the login page (the page must show it). */
export async function signInWithForm(page: Page, username: string, password: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Username').fill(username);
  await form.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

/** Calls one IM endpoint through the proxy as `api`'s operator; fails the test on an HTTP error or a non-zero ErrorCode. */
export async function im<T = Record<string, unknown>>(
  api: APIRequestContext,
  path: string,
  body: unknown,
): Promise<T> {
  const res = await api.post(`/api/im/${path}`, { data: body });
  expect(res.ok(), `${path} answered HTTP ${res.status()}`).toBe(true);
  const json = (await res.json()) as { ErrorCode: number } & T;
  expect(json.ErrorCode, `${path} answered ${JSON.stringify(json).slice(0, 300)}`).toBe(0);
  return json;
}

/**
 * Sends one group message and returns its MsgSeq. The service drops sends over its per-second group
 * cap (MsgDropReason MsgFreqCtrl, MsgSeq 0), so a dropped send is sent again after a pause.
 */
export async function sendGroupMsg(
  api: APIRequestContext,
  body: { GroupId: string; Random: number; MsgBody: unknown[] },
): Promise<number> {
  for (;;) {
    const sent = await im<{ MsgSeq: number }>(api, 'group_open_http_svc/send_group_msg', body);
    if (sent.MsgSeq > 0) return sent.MsgSeq;
    await new Promise((r) => setTimeout(r, 250));
  }
}
