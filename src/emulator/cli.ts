/**
 * `npm run emulator -- [flags]`: runs the IM REST emulator on a port. Flags are validated at start;
 * a bad value stops with a sentence naming the flag. Prints the URL, SDKAppID and admin on start.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startEmulator } from './app';
import type { EmulatorOptions } from './app';
import type { CallbackSettings } from './callbacks/dispatcher';
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
  --seed demo|empty|scale
                        Starting data when no saved state exists (default demo); scale (1M accounts,
                        100k groups, 1M messages, built in seconds) stays in memory: --data is not used
  --seed-number <n>     Number seeding the demo generator: same number, same data (default 0;
                        --seed demo:42 is short for --seed demo --seed-number 42)
  --data <dir>          Keep state in <dir>/emulator-state.json (default ./data/emulator)
  --memory              Keep state in memory only (overrides --data)
  --roaming-days <n>    Days of message history kept for roaming queries (default 7)
  --no-rate-limits      Do not enforce per-endpoint call frequencies
  --rest-c2c-mute       REST sendmsg/batchsendmsg refuse a globally C2C-muted sender with 20012
                        (default off: the docs say REST C2C sends skip the global mute)
  --no-rest-group-mute  REST group sends ignore the sender's global group mute (default on: 10017)
  --callback-url <url>  Fire the documented webhooks at this http(s) URL (default off)
  --callback-token <t>  Sign callbacks: Sign = sha256(token + RequestTime) (default unsigned)
  --callback-timeout <ms>
                        Wait this long for a callback answer (default 2000)
  --callback-on-failure allow|deny
                        A before-callback that times out or fails allows the event, or refuses it (default allow)
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
  let seedNumber = 0;
  let dataDir: string | undefined = resolve('data', 'emulator');
  let memory = false;
  let roamingDays = 7;
  let rateLimits = true;
  let restC2cMute = false;
  let restGroupMute = true;
  let callbacks: CallbackSettings | undefined;
  const callbackExtras: Omit<CallbackSettings, 'url'> = {};
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
        // `--seed demo:42` is short for `--seed demo --seed-number 42`.
        const [s, number] = (value() ?? '').split(':');
        if (number !== undefined) seedNumber = intFlag('--seed number', number, 0, 4294967295);
        if (!seedNames.includes(s as SeedName))
          throw new CliError(`--seed must be one of ${seedNames.join(', ')}, got "${s ?? ''}".`);
        seed = s as SeedName;
        break;
      }
      case '--seed-number':
        seedNumber = intFlag('--seed-number', value(), 0, 4294967295);
        break;
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
      case '--rest-c2c-mute':
        restC2cMute = true;
        break;
      case '--no-rest-group-mute':
        restGroupMute = false;
        break;
      case '--callback-url': {
        const url = stringFlag('--callback-url', value());
        if (!/^https?:\/\/[^/?#\s]+/i.test(url) || !URL.canParse(url))
          throw new CliError(`--callback-url must start with http:// or https://, got "${url}".`);
        callbacks = { url };
        break;
      }
      case '--callback-token':
        callbackExtras.token = stringFlag('--callback-token', value());
        break;
      case '--callback-timeout':
        callbackExtras.timeoutMs = intFlag('--callback-timeout', value(), 1, 60000);
        break;
      case '--callback-on-failure': {
        const policy = value();
        if (policy !== 'allow' && policy !== 'deny')
          throw new CliError(`--callback-on-failure must be allow or deny, got "${policy ?? ''}".`);
        callbackExtras.onFailure = policy;
        break;
      }
      default:
        throw new CliError(`Unknown flag "${arg}": run with --help to see the flags.`);
    }
  }
  if (!callbacks && Object.keys(callbackExtras).length > 0) {
    throw new CliError('--callback-token, --callback-timeout and --callback-on-failure need --callback-url.');
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
      seedNumber,
      ...(memory ? {} : { dataDir }),
      roamingDays,
      rateLimits,
      restC2cMute,
      restGroupMute,
      ...(callbacks ? { callbacks: { ...callbacks, ...callbackExtras } } : {}),
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
  console.log(
    `State: ${options.dataDir && options.seed !== 'scale' ? options.dataDir : 'memory only'} (seed ${options.seed}, number ${options.seedNumber ?? 0})`,
  );
  if (parsed.generatedKey) {
    console.log(
      `Secret key (generated for local use only; pass --secret-key to fix it): ${options.secretKey}`,
    );
  }
  console.log(`Control routes: ${running.url}/__emulator/health`);
  if (options.callbacks) {
    const signed = options.callbacks.token !== undefined ? 'signed' : 'unsigned';
    console.log(
      `Callbacks: ${options.callbacks.url} (${signed}; log at ${running.url}/__emulator/callbacks)`,
    );
  }
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
