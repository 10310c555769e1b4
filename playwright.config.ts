import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium';

// e2e: the built console, served by the proxy, in front of a fresh embedded emulator (demo seed, memory only).
/** Ports of the e2e proxy and emulator; `E2E_PORT` / `E2E_EMULATOR_PORT` move them (e.g. two checkouts at once). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8197);
export const E2E_EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 9197);
/** A fake key, known to the tests only so they can prove it never reaches the browser. */
export const E2E_SECRET_KEY = 'e2e0fake0secret0key0not0a0real0one0000000000000000000000000000000';
/** Password of the first `admin` of the e2e proxy (a test value, at least 12 characters). */
export const E2E_ADMIN_PASSWORD = 'e2e-admin-password-0001';
/**
 * A fresh, empty data directory (operators, sessions, audit log) per run. Set once in the runner's
 * environment, so its workers (which load this file again) see the same one; global setup removes it.
 */
export const E2E_DATA_DIR = (process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'im-console-e2e-')));
/**
 * Signed-in browser states saved by global setup, one per role (gitignored). Kept per port: cookies
 * ignore ports, so two runs at once on different ports must not share (or overwrite) each other's.
 */
export const authFile = (role: string) => join('e2e', '.auth', String(E2E_PORT), `${role}.json`);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  // Signs in as admin and one operator per other role; specs run as admin unless they pick a role.
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    storageState: authFile('admin'),
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'npx tsx scripts/start.ts --no-build',
    url: `http://127.0.0.1:${E2E_PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    // The server's request log would drown the test report; its errors (stderr) still show.
    stdout: 'ignore',
    env: {
      PORT: String(E2E_PORT),
      HOST: '127.0.0.1',
      EMULATOR_PORT: String(E2E_EMULATOR_PORT),
      EMULATOR_MEMORY: '1',
      EMULATOR_SECRET_KEY: E2E_SECRET_KEY,
      IM_SDKAPPID: '',
      IM_SECRET_KEY: '',
      CONSOLE_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      DATA_DIR: E2E_DATA_DIR,
    },
  },
});
