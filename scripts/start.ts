/**
 * `npm start`: builds the console if needed, starts the embedded emulator with demo data when no real
 * IM app is configured, and starts the signing proxy in front of it. Prints the URL and the backend.
 *
 * Extra variables for the embedded emulator (all optional): EMULATOR_PORT (default: any free port),
 * EMULATOR_SDKAPPID (default 1400000000), EMULATOR_MEMORY=1 (keep no state on disk),
 * EMULATOR_SECRET_KEY (default: a fresh random key each start; tests set a known fake one).
 *
 * On first start (no operator in DATA_DIR/console.db) it creates the `admin` operator with
 * CONSOLE_ADMIN_PASSWORD, or with a random password printed here once.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startEmulator } from '../src/emulator/app';
import { ConfigError, isAppConfigured, loadConfig } from '../src/proxy/config';
import { startProxy } from '../src/proxy/server';
import { buildIfStale } from './build-if-stale';

const root = resolve(import.meta.dirname, '..');

async function main() {
  if (existsSync(join(root, '.env'))) process.loadEnvFile(join(root, '.env'));
  const env: Record<string, string | undefined> = { ...process.env };
  for (const [k, v] of Object.entries(env)) if (v === '') delete env[k];

  if (!process.argv.includes('--no-build')) buildIfStale(root);

  let stopEmulator: (() => Promise<void>) | undefined;
  const embedded = !isAppConfigured(env);
  if (embedded) {
    const sdkAppId = Number(env.EMULATOR_SDKAPPID ?? 1400000000);
    // A fresh key per start: only this process knows it, and it never leaves it.
    const secretKey = env.EMULATOR_SECRET_KEY ?? randomBytes(32).toString('hex');
    const dataDir = env.EMULATOR_MEMORY === '1' ? undefined : resolve(env.DATA_DIR ?? './data', 'emulator');
    const emulator = await startEmulator({
      sdkAppId,
      secretKey,
      admins: [env.IM_ADMIN ?? 'administrator'],
      seed: 'demo',
      dataDir,
      port: Number(env.EMULATOR_PORT ?? 0),
      host: '127.0.0.1',
    });
    stopEmulator = emulator.close;
    Object.assign(env, {
      IM_SDKAPPID: String(sdkAppId),
      IM_SECRET_KEY: secretKey,
      IM_BASE_URL: emulator.url,
    });
    delete env.IM_REGION;
    console.log(
      `Emulator: ${emulator.url} (SDKAppID ${sdkAppId}, demo data, ${dataDir ? `state in ${dataDir}` : 'in memory'})`,
    );
  }

  const config = loadConfig(env);
  const proxy = await startProxy({ config, staticDir: join(root, 'dist'), appInfo: { emulator: embedded } });
  const backend = embedded
    ? 'the embedded IM emulator (demo mode; set IM_SDKAPPID and IM_SECRET_KEY to use a real app)'
    : `Tencent Cloud IM, ${config.region ? `region ${config.region}` : config.baseUrl}, SDKAppID ${config.sdkAppId}`;
  console.log(`Console: ${proxy.url}`);
  console.log(`Backend: ${backend}`);
  if (proxy.bootstrap) {
    const { username, generatedPassword } = proxy.bootstrap;
    if (generatedPassword === null) {
      console.log(
        `First start: created the operator "${username}" (admin) with the password in CONSOLE_ADMIN_PASSWORD.`,
      );
    } else {
      // Printed once, never logged anywhere else: the database keeps only its scrypt hash.
      console.log(
        [
          '',
          `First start: created the operator "${username}" (role admin) with this one-time password:`,
          '',
          `    ${generatedPassword}`,
          '',
          `Sign in at ${proxy.url} as "${username}"; the console asks you to choose a new password first.`,
          'It is shown only now. Lost it? Run: npx tsx scripts/operator.ts reset-password admin',
          '',
        ].join('\n'),
      );
    }
  }

  const stop = async () => {
    await proxy.close();
    await stopEmulator?.();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
