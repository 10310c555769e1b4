import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium';

// e2e: the built console, served by the proxy, in front of a fresh embedded emulator (demo seed, memory only).
/** Ports of the e2e proxy and emulator; `E2E_PORT` / `E2E_EMULATOR_PORT` move them (e.g. two checkouts at once). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8197);
export const E2E_EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 9197);
/** A fake key, known to the tests only so they can prove it never reaches the browser. */
export const E2E_SECRET_KEY = 'e2e0fake0secret0key0not0a0real0one0000000000000000000000000000000';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
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
    stdout: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      HOST: '127.0.0.1',
      EMULATOR_PORT: String(E2E_EMULATOR_PORT),
      EMULATOR_MEMORY: '1',
      EMULATOR_SECRET_KEY: E2E_SECRET_KEY,
      IM_SDKAPPID: '',
      IM_SECRET_KEY: '',
    },
  },
});
