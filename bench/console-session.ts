/**
 * Benchmarks call the proxy as a signed-in operator, like the console does: the proxy they start gets a
 * fixed first-admin password and a throw-away `DATA_DIR`, and `signIn` returns the headers every call then
 * carries (the session cookie, and the console's own `Origin` for the proxy's CSRF check).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The first admin's password for a bench proxy (a throw-away database; never a real deployment's). */
export const BENCH_ADMIN_PASSWORD = 'bench-admin-password-0000';

/** Environment for a bench proxy: the known admin password and a fresh data directory. */
export function benchProxyEnv(): Record<string, string> {
  return {
    CONSOLE_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'im-console-bench-')),
  };
}

/** Signs in as the first admin and returns the headers of a signed-in console call. */
export async function signIn(origin: string): Promise<Record<string, string>> {
  const res = await fetch(`${origin}/api/session/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ username: 'admin', password: BENCH_ADMIN_PASSWORD }),
  });
  if (!res.ok) throw new Error(`bench sign-in answered HTTP ${res.status}: ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error('bench sign-in set no session cookie');
  return { Cookie: cookie, Origin: origin };
}
