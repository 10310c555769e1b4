/**
 * `npm run emulator -- [flags]`: runs the IM REST emulator on a port. Flags are validated at start;
 * a bad value stops with a sentence naming the flag. Prints the URL, SDKAppID and admin on start.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startEmulator } from './app';
import type { EmulatorOptions } from './app';
import { seedNames } from './seed';
import type { SeedName } from './seed';

/** The `--help` text: every flag with its default. */
export const HELP = `IM REST API emulator

Usage: npm run emulator -- [flags]

  --port <n>            Port to listen on (default 9100; 0 = any free port)
  --host <addr>         Address to bind (default 127.0.0.1)
  --sdkappid <n>        SDKAppID the emulated app answers to (default 1400000000)
  --secret-key <key>    Secret key for verifying UserSigs (default: a random key, printed at start)
  --admin <userid>      App administrator UserID; repeat for several (default administrator)
  --seed demo|empty     Starting data when no saved state exists (default demo)
  --data <dir>          Keep state in <dir>/emulator-state.json (default ./data/emulator)
  --memory              Keep state in memory only (overrides --data)
  --roaming-days <n>    Days of message history kept for roaming queries (default 7)
  --no-rate-limits      Do not enforce per-endpoint call frequencies
  --help                Show this help
`;

/** Parsed command line. */
export interface CliOptions {
  help: boolean;
  options: EmulatorOptions & { port: number; host: string };
  generatedKey: boolean;
}

/** A command-line mistake, with a sentence naming the flag. */
export class CliError extends Error {
  override name = 'CliError';
}

function intFlag(flag: string, raw: string | undefined, min: number, max: number): number {
  if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new CliError(
      `${flag} must be a whole number from ${min} to ${max}, got ${raw === undefined ? 'nothing' : `"${raw}"`}.`,
    );
  }
  return Number(raw);
}

function stringFlag(flag: string, raw: string | undefined): string {
  if (raw === undefined || raw === '' || raw.startsWith('--')) throw new CliError(`${flag} needs a value.`);
  return raw;
}

/** Parses argv (without `node script`); `randomKey` is injectable for tests. */
export function parseArgs(
  argv: readonly string[],
  randomKey = () => randomBytes(32).toString('hex'),
): CliOptions {
  let port = 9100;
  let host = '127.0.0.1';
  let sdkAppId = 1400000000;
  let secretKey: string | undefined;
  const admins: string[] = [];
  let seed: SeedName = 'demo';
  let dataDir: string | undefined = resolve('data', 'emulator');
  let memory = false;
  let roamingDays = 7;
  let rateLimits = true;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--help':
      case '-h':
        help = true;
        break;
      case '--port':
        port = intFlag('--port', value(), 0, 65535);
        break;
      case '--host':
        host = stringFlag('--host', value());
        break;
      case '--sdkappid':
        sdkAppId = intFlag('--sdkappid', value(), 1, 4294967295);
        break;
      case '--secret-key':
        secretKey = stringFlag('--secret-key', value());
        break;
      case '--admin': {
        const admin = stringFlag('--admin', value());
        if (new TextEncoder().encode(admin).length > 32)
          throw new CliError('--admin must be a UserID of at most 32 bytes.');
        admins.push(admin);
        break;
      }
      case '--seed': {
        const s = value();
        if (!seedNames.includes(s as SeedName))
          throw new CliError(`--seed must be one of ${seedNames.join(', ')}, got "${s ?? ''}".`);
        seed = s as SeedName;
        break;
      }
      case '--data':
        dataDir = resolve(stringFlag('--data', value()));
        break;
      case '--memory':
        memory = true;
        break;
      case '--roaming-days':
        roamingDays = intFlag('--roaming-days', value(), 1, 3650);
        break;
      case '--no-rate-limits':
        rateLimits = false;
        break;
      default:
        throw new CliError(`Unknown flag "${arg}": run with --help to see the flags.`);
    }
  }
  const generatedKey = secretKey === undefined;
  return {
    help,
    generatedKey,
    options: {
      port,
      host,
      sdkAppId,
      secretKey: secretKey ?? randomKey(),
      admins: admins.length ? admins : ['administrator'],
      seed,
      ...(memory ? {} : { dataDir }),
      roamingDays,
      rateLimits,
    },
  };
}

async function main(): Promise<void> {
  let parsed: CliOptions;
  try {
    parsed = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof CliError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  if (parsed.help) {
    console.log(HELP);
    return;
  }
  const { options } = parsed;
  const running = await startEmulator(options);
  console.log(`IM emulator listening on ${running.url}`);
  console.log(`SDKAppID: ${options.sdkAppId}`);
  console.log(`Admin: ${(options.admins ?? []).join(', ')}`);
  console.log(`State: ${options.dataDir ? options.dataDir : 'memory only'} (seed ${options.seed})`);
  if (parsed.generatedKey) {
    console.log(
      `Secret key (generated for local use only; pass --secret-key to fix it): ${options.secretKey}`,
    );
  }
  console.log(`Control routes: ${running.url}/__emulator/health`);
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error('The --port is already in use: pick another port, or --port 0 for any free one.');
    } else {
      console.error(e instanceof Error ? e.message : e);
    }
    process.exit(1);
  });
}
