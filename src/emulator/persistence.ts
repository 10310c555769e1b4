/**
 * Saves the store under `dataDir` as one JSON snapshot: written to a temporary file and renamed
 * (atomic on POSIX), debounced so a burst of writes costs one save, and read back at start.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { storeSnapshotSchema } from './store';
import type { StoreSnapshot } from './store';

/** File name of the snapshot inside `dataDir`. */
export const STATE_FILE = 'emulator-state.json';

const stateFileSchema = z.object({
  format: z.literal('im-emulator-state'),
  sdkAppId: z.number(),
  seed: z.enum(['demo', 'empty']),
  savedAt: z.string(),
  store: storeSnapshotSchema,
});

/** What the snapshot file holds. */
export type StateFile = z.infer<typeof stateFileSchema>;

/** Reads the snapshot from `dataDir`; undefined when there is none yet. Throws a sentence when it is corrupt. */
export function loadState(dataDir: string): StateFile | undefined {
  const file = join(dataDir, STATE_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`The emulator state file ${file} is not valid JSON; delete it to start from the seed.`);
  }
  const parsed = stateFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `The emulator state file ${file} has an unexpected shape; delete it to start from the seed.`,
    );
  }
  return parsed.data;
}

/** Writes the snapshot atomically (temporary file, then rename). */
export function saveState(dataDir: string, state: StateFile): void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, STATE_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, file);
}

/** A debounced saver: `schedule()` after every change, `flush()` to save now (e.g. on close). */
export interface Persister {
  schedule(): void;
  flush(): void;
  cancel(): void;
}

/** Builds a debounced saver that writes `build()` to `dataDir` at most once per `delayMs`. */
export function createPersister(
  dataDir: string,
  build: () => { sdkAppId: number; seed: 'demo' | 'empty'; store: StoreSnapshot },
  delayMs = 200,
): Persister {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    saveState(dataDir, { format: 'im-emulator-state', savedAt: new Date().toISOString(), ...build() });
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
