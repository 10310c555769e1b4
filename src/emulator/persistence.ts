/**
 * Saves the store under `dataDir` as one JSON snapshot and reads it back at start. Crash-safe: the
 * snapshot is written to a temporary file, fsynced, then renamed over the old one (atomic on POSIX),
 * so a kill -9 mid-write loses at most that write. A file that still cannot be read (corrupt,
 * truncated, wrong shape) is moved aside with one log line and the emulator starts from the seed.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { seedNames } from './seed';
import type { SeedName } from './seed';
import { storeSnapshotSchema } from './store';
import type { StoreSnapshot } from './store';

/** File name of the snapshot inside `dataDir`. */
export const STATE_FILE = 'emulator-state.json';

/** Temporary files of interrupted saves: `emulator-state.json.<pid>.tmp`. */
const TMP_PATTERN = /^emulator-state\.json\.(\d+)\.tmp$/;

const stateFileSchema = z.object({
  format: z.literal('im-emulator-state'),
  sdkAppId: z.number(),
  seed: z.enum(seedNames),
  /** The seed number the seed was built with (absent in files from before seed numbers: 0). */
  seedNumber: z.number().int().min(0).optional(),
  savedAt: z.string(),
  store: storeSnapshotSchema,
});

/** What the snapshot file holds. */
export type StateFile = z.infer<typeof stateFileSchema>;

/** How `loadState` reports and names things (injectable for tests). */
export interface LoadOptions {
  /** One line per recovery event (default `console.warn`). */
  log?: (line: string) => void;
  /** Time used in the moved-aside file's name (default now). */
  nowMs?: number;
  /** Extra checks of a parsed file (e.g. every slice's schema); throw to reject it as corrupt. */
  validate?: (state: StateFile) => void;
}

/**
 * Reads the snapshot from `dataDir`; undefined when there is none yet. A corrupt, truncated or
 * unreadable file is moved to `emulator-state.json.corrupt-<timestamp>` (one log line) and treated
 * as absent. Temporary files of interrupted saves are never read; those of dead processes are removed.
 */
export function loadState(dataDir: string, opts: LoadOptions = {}): StateFile | undefined {
  const log = opts.log ?? ((line: string) => console.warn(line));
  removeStaleTemps(dataDir);
  const file = join(dataDir, STATE_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return quarantine(file, `it cannot be read (${(e as Error).message})`, opts.nowMs, log);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const why = text.length === 0 ? 'it is empty' : `it is not valid JSON (${text.length} bytes)`;
    return quarantine(file, why, opts.nowMs, log);
  }
  const parsed = stateFileSchema.safeParse(json);
  if (!parsed.success) return quarantine(file, 'it has an unexpected shape', opts.nowMs, log);
  try {
    opts.validate?.(parsed.data);
  } catch (e) {
    return quarantine(
      file,
      `its data does not load (${(e as Error).message.slice(0, 200)})`,
      opts.nowMs,
      log,
    );
  }
  return parsed.data;
}

function quarantine(
  file: string,
  why: string,
  nowMs: number | undefined,
  log: (line: string) => void,
): undefined {
  const stamp = new Date(nowMs ?? Date.now()).toISOString().replace(/[:.]/g, '-');
  let aside = `${file}.corrupt-${stamp}`;
  for (let n = 2; existsSync(aside); n++) aside = `${file}.corrupt-${stamp}-${n}`;
  try {
    renameSync(file, aside);
  } catch (e) {
    throw new Error(
      `The emulator state file ${file} is unusable (${why}) and could not be moved aside (${(e as Error).message}); move or delete it to start from the seed.`,
      { cause: e },
    );
  }
  log(`Emulator state file ${file} is unusable (${why}): moved it to ${aside} and started from the seed.`);
  return undefined;
}

/** Removes `emulator-state.json.<pid>.tmp` files whose process is gone (left by a crash mid-save). */
function removeStaleTemps(dataDir: string): void {
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TMP_PATTERN.exec(name)?.[1];
    if (pid !== undefined && !processAlive(Number(pid))) rmSync(join(dataDir, name), { force: true });
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Writes the snapshot crash-safely: temporary file, fsync, rename over the old file, then fsync of
 * the directory (where the platform allows it) so the rename itself survives a power cut.
 */
export function saveState(dataDir: string, state: StateFile): void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, STATE_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, JSON.stringify(state));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  try {
    const dir = openSync(dataDir, 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Directories cannot be opened or fsynced on some platforms (Windows); the rename is still atomic.
  }
}

/** A debounced saver: `schedule()` after every change, `flush()` to save now (e.g. on close). */
export interface Persister {
  schedule(): void;
  flush(): void;
  cancel(): void;
}

/**
 * Builds a debounced saver that writes `build()` to `dataDir` at most once per `delayMs`. A failed
 * save (disk full, permissions) is logged and retried at the next change or flush, never thrown
 * from the timer (which would end the process).
 */
export function createPersister(
  dataDir: string,
  build: () => { sdkAppId: number; seed: SeedName; seedNumber: number; store: StoreSnapshot },
  delayMs = 200,
  log: (line: string) => void = (line) => console.error(line),
): Persister {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    try {
      saveState(dataDir, { format: 'im-emulator-state', savedAt: new Date().toISOString(), ...build() });
    } catch (e) {
      dirty = true;
      log(`Could not save the emulator state in ${dataDir}: ${(e as Error).message}`);
    }
  };
  return {
    schedule() {
      dirty = true;
      if (!timer) timer = setTimeout(flush, delayMs);
    },
    flush,
    cancel() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      dirty = false;
    },
  };
}
