/**
 * Makes sure a Chromium is there for the e2e suite: uses CHROMIUM_PATH or Debian's package, installs
 * Debian's `chromium` when running as root with apt-get, and otherwise stops with a sentence saying how.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium';

const found = findChromium();
if (found) {
  console.log(`e2e: using Chromium at ${found}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(
    `e2e: CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there. Point it at a Chromium or Chrome executable.`,
  );
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("e2e: no Chromium found; installing Debian's chromium package (apt-get)…");
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error('e2e: installing chromium with apt-get failed; see the output above.');
    process.exit(1);
  }
  const installed = findChromium();
  if (installed) {
    console.log(`e2e: installed Chromium at ${installed}`);
    process.exit(0);
  }
}
console.error(
  'e2e: no Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable, then run `npm test` again.',
);
process.exit(1);
