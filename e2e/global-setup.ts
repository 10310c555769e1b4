/**
 * Runs once before the specs, against the fresh e2e proxy: signs in as the first admin through the API,
 * creates one operator per other role with a fixed password, and saves each one's signed-in browser
 * state under e2e/.auth/<role>.json. The default state is admin's, so specs that ignore roles keep working.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { request } from '@playwright/test';
import { authFile, E2E_ADMIN_PASSWORD, E2E_DATA_DIR, E2E_PORT } from '../playwright.config';
import { E2E_OPERATORS, type E2eRole } from './helpers';

const baseURL = `http://127.0.0.1:${E2E_PORT}`;

/** A request context that looks like the console itself to the proxy's CSRF check. */
function context() {
  return request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
}

async function signIn(username: string, password: string, role: E2eRole | 'admin') {
  const ctx = await context();
  const res = await ctx.post('/api/session/login', { data: { username, password } });
  if (!res.ok())
    throw new Error(`e2e setup: login of ${username} answered HTTP ${res.status()}: ${await res.text()}`);
  mkdirSync(dirname(authFile(role)), { recursive: true });
  await ctx.storageState({ path: authFile(role) });
  return ctx;
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const admin = await signIn('admin', E2E_ADMIN_PASSWORD, 'admin');
  for (const [role, op] of Object.entries(E2E_OPERATORS) as [E2eRole, (typeof E2E_OPERATORS)[E2eRole]][]) {
    const res = await admin.post('/api/operators', {
      data: { username: op.username, displayName: op.displayName, role, password: op.password },
    });
    if (!res.ok())
      throw new Error(
        `e2e setup: creating ${op.username} answered HTTP ${res.status()}: ${await res.text()}`,
      );
    await (await signIn(op.username, op.password, role)).dispose();
  }
  await admin.dispose();
  return async () => {
    rmSync(E2E_DATA_DIR, { recursive: true, force: true });
  };
}
