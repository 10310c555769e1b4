/** Helpers shared by the e2e specs: the emulator's control routes and the language switch. */
import { expect, type Page } from '@playwright/test';
import { E2E_EMULATOR_PORT } from '../playwright.config';

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
