/**
 * Saves the store under `dataDir` and reads it back at start. The state is split into parts — the
 * core (accounts, profiles, sessions, custom tags) and one per slice. Small parts sit inline in the
 * manifest `emulator-state.json`; a large one gets its own file `emulator-state.<part>.<generation>.json`,
 * rewritten only when that part changed (store.ts marks slices as they are reached). Every file is
 * written to a temporary file, fsynced and renamed (atomic on POSIX); a part file is never overwritten
 * while a manifest names it, and the manifest is written last, naming each part file with its size and
 * SHA-256: a kill -9 at any point leaves the old manifest with its old parts, or the new one with its
 * new parts — never a mix — and at worst the last save is lost. Unreferenced part files (of a crashed
 * save, or of the previous generation) are deleted. Old single-file states (layout 1: everything inline)
 * load as they are and are rewritten in the new layout by the next save. A state that still cannot be
 * read (corrupt, truncated, wrong shape, a part missing or not matching its hash) is moved aside with
 * one log line and the emulator starts from the seed.
 */
import { createHash } from 'node:crypto';
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
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { seedNames } from './seed';
import type { SeedName } from './seed';
import { CORE_PART, storeSnapshotSchema } from './store';
import type { Store } from './store';

/** File name of the manifest (and of the whole state in layout 1) inside `dataDir`. */
export const STATE_FILE = 'emulator-state.json';

/** A part whose JSON is longer than this (characters) is saved in its own file; smaller ones sit inline. */
export const INLINE_PART_MAX = 256 * 1024;

/** Temporary files of interrupted saves: `emulator-state.json.<pid>.tmp`, `emulator-state.<part>.<gen>.json.<pid>.tmp`. */
const TMP_PATTERN = /^emulator-state\.(?:[A-Za-z0-9_-]+\.\d+\.)?json\.(\d+)\.tmp$/;
/** Part files: `emulator-state.<part>.<generation>.json`. */
const PART_PATTERN = /^emulator-state\.[A-Za-z0-9_-]+\.\d+\.json$/;
const PART_KEY = /^[A-Za-z0-9_-]+$/;

/** Where a part saved in its own file is, and what it must hold. */
const partRefSchema = z.object({
  file: z.string().regex(PART_PATTERN),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** A part saved in its own file (`parts[key]` of the manifest). */
export type PartRef = z.infer<typeof partRefSchema>;

const headerFields = {
  sdkAppId: z.number(),
  seed: z.enum(seedNames),
  /** The seed number the seed was built with (absent in files from before seed numbers: 0). */
  seedNumber: z.number().int().min(0).optional(),
  savedAt: z.string(),
};

/** Layout 1: the whole store inline (files written before part files). */
const stateFileSchema = z.object({
  format: z.literal('im-emulator-state'),
  ...headerFields,
  store: storeSnapshotSchema,
});

/** Layout 2: the manifest — small parts inline under `store`, large ones named under `parts`. */
const manifestSchema = z.object({
  format: z.literal('im-emulator-state/2'),
  ...headerFields,
  /** Bumped by every save; names the part files that save wrote. */
  generation: z.number().int().min(0),
  store: z.object({
    version: z.literal(1),
    accounts: z.array(z.unknown()).optional(),
    profiles: z.array(z.unknown()).optional(),
    sessions: z.array(z.unknown()).optional(),
    customTags: z.array(z.unknown()).optional(),
    slices: z.record(z.string(), z.unknown()),
  }),
  parts: z.record(z.string().regex(PART_KEY), partRefSchema),
});

/** The saved state, whole (as layout 1 holds it, and as a manifest and its parts assemble). */
export type StateFile = z.infer<typeof stateFileSchema>;

/** A loaded state and where its parts came from. */
export interface LoadedState extends StateFile {
  /** 1: an old single file (to be rewritten in parts); 2: a manifest. */
  layout: 1 | 2;
  /** The manifest's generation (0 for layout 1). */
  generation: number;
  /** The parts that were read from their own files. */
  parts: Record<string, PartRef>;
}

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
 * Reads the state from `dataDir`; undefined when there is none yet. A corrupt, truncated or
 * unreadable manifest (or one whose part files are missing or do not match) is moved to
 * `emulator-state.json.corrupt-<timestamp>` (one log line) and treated as absent. Temporary files of
 * interrupted saves are never read; those of dead processes are removed, and so are part files no
 * manifest names.
 */
export function loadState(dataDir: string, opts: LoadOptions = {}): LoadedState | undefined {
  const log = opts.log ?? ((line: string) => console.warn(line));
  removeStaleTemps(dataDir);
  const state = readState(dataDir, opts, log);
  removeUnreferencedParts(dataDir, new Set(Object.values(state?.parts ?? {}).map((p) => p.file)));
  return state;
}

function readState(dataDir: string, opts: LoadOptions, log: (line: string) => void): LoadedState | undefined {
  const file = join(dataDir, STATE_FILE);
  const reject = (why: string) => quarantine(file, why, opts.nowMs, log);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return reject(`it cannot be read (${(e as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return reject(text.length === 0 ? 'it is empty' : `it is not valid JSON (${text.length} bytes)`);
  }
  let loaded: LoadedState;
  const manifest = manifestSchema.safeParse(json);
  if (manifest.success) {
    const { generation, parts, store: inline, format: _format, ...header } = manifest.data;
    const store: Record<string, unknown> = { ...inline, slices: { ...inline.slices } };
    for (const [key, ref] of Object.entries(parts)) {
      let data: unknown;
      try {
        data = readPart(dataDir, ref);
      } catch (e) {
        return reject(`its part ${key} does not load (${(e as Error).message})`);
      }
      if (key === CORE_PART) Object.assign(store, data);
      else (store.slices as Record<string, unknown>)[key] = data;
    }
    const whole = stateFileSchema.safeParse({ format: 'im-emulator-state', ...header, store });
    if (!whole.success) return reject('it has an unexpected shape');
    loaded = { ...whole.data, layout: 2, generation, parts };
  } else {
    const old = stateFileSchema.safeParse(json);
    if (!old.success) return reject('it has an unexpected shape');
    loaded = { ...old.data, layout: 1, generation: 0, parts: {} };
  }
  try {
    opts.validate?.(loaded);
  } catch (e) {
    return reject(`its data does not load (${(e as Error).message.slice(0, 200)})`);
  }
  return loaded;
}

/** Reads one part file, checking its size and hash against the manifest. */
function readPart(dataDir: string, ref: PartRef): unknown {
  const bytes = readFileSync(join(dataDir, ref.file));
  if (bytes.length !== ref.bytes) throw new Error(`${ref.file} has ${bytes.length} bytes, not ${ref.bytes}`);
  if (sha256(bytes) !== ref.sha256) throw new Error(`${ref.file} does not match its hash`);
  return JSON.parse(bytes.toString('utf8')) as unknown;
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
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

function listDir(dataDir: string): string[] {
  try {
    return readdirSync(dataDir);
  } catch {
    return [];
  }
}

/** Removes temporary files whose process is gone (left by a crash mid-save). */
function removeStaleTemps(dataDir: string): void {
  for (const name of listDir(dataDir)) {
    const pid = TMP_PATTERN.exec(name)?.[1];
    if (pid !== undefined && !processAlive(Number(pid))) rmSync(join(dataDir, name), { force: true });
  }
}

/** Removes part files the manifest does not name (a crashed save's, a replaced generation's, a moved-aside manifest's). */
function removeUnreferencedParts(dataDir: string, keep: ReadonlySet<string>): void {
  for (const name of listDir(dataDir)) {
    if (PART_PATTERN.test(name) && !keep.has(name)) rmSync(join(dataDir, name), { force: true });
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

/** Writes `text` to `file` crash-safely: temporary file, fsync, rename over `file`. */
function writeAtomic(file: string, text: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeFileSync(fd, text); // loops until every byte is written
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/** Fsyncs the directory (where the platform allows it) so renames in it survive a power cut. */
function fsyncDir(dataDir: string): void {
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

/**
 * Writes a whole state as one layout-1 file (temporary file, fsync, rename, directory fsync). The
 * emulator itself saves in parts (`createPersister`); this writes what older versions wrote.
 */
export function saveState(dataDir: string, state: StateFile): void {
  mkdirSync(dataDir, { recursive: true });
  writeAtomic(join(dataDir, STATE_FILE), JSON.stringify(state));
  fsyncDir(dataDir);
}

/** What the persister saves: the header and the store's parts. */
export interface PersistSource {
  header(): { sdkAppId: number; seed: SeedName; seedNumber: number };
  store: Pick<Store, 'partKeys' | 'partSnapshot' | 'takeChangedParts' | 'markChanged'>;
}

/** How one part stands in the last written manifest. */
type SavedPart = { inline: unknown } | { ref: PartRef };

/** A debounced saver: `schedule()` after every change, `flush()` to save now (e.g. on close). */
export interface Persister {
  schedule(): void;
  flush(): void;
  /** Drops a pending save (e.g. when switching to the unsaved scale seed). */
  cancel(): void;
}

/** What a persister knows of the state already on disk (a layout-2 state just loaded). */
export interface SavedParts {
  generation: number;
  parts: Record<string, PartRef>;
}

/**
 * A debounced saver of the store in parts. A save snapshots the core part, every part that was inline
 * last time, and every slice marked changed since (`Store.takeChangedParts`); a large part is written
 * to a new part file only when its content (SHA-256) differs, and the manifest only when anything
 * differs. A failed save (disk full, permissions) is logged, its parts marked changed again, and
 * retried at the next change or flush, never thrown from the timer (which would end the process).
 * `onDisk` names the parts of a state just loaded from a manifest (their files are kept as they are).
 */
export function createPersister(
  dataDir: string,
  source: PersistSource,
  delayMs = 200,
  log: (line: string) => void = (line) => console.error(line),
  onDisk?: SavedParts,
): Persister {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let generation = onDisk?.generation ?? 0;
  let saved = new Map<string, SavedPart>(
    Object.entries(onDisk?.parts ?? {}).map(([key, ref]): [string, SavedPart] => [key, { ref }]),
  );
  /** The manifest's text without `savedAt`, as last written (undefined: none written by this process). */
  let lastManifest: string | undefined;

  const save = () => {
    const changed = source.store.takeChangedParts();
    try {
      const next = new Map(saved);
      const nextGeneration = generation + 1;
      let wrotePart = false;
      for (const key of source.store.partKeys()) {
        const before = saved.get(key);
        if (before && 'ref' in before && !changed.has(key)) continue;
        const data = source.store.partSnapshot(key);
        const text = JSON.stringify(data);
        if (text.length <= INLINE_PART_MAX || !PART_KEY.test(key)) {
          next.set(key, { inline: data });
          continue;
        }
        const bytes = Buffer.from(text, 'utf8'); // encoded once, for the hash and the write
        const hash = sha256(bytes);
        if (before && 'ref' in before && before.ref.sha256 === hash) continue;
        mkdirSync(dataDir, { recursive: true });
        const file = `emulator-state.${key}.${nextGeneration}.json`;
        writeAtomic(join(dataDir, file), bytes);
        wrotePart = true;
        next.set(key, { ref: { file, bytes: bytes.length, sha256: hash } });
      }
      const inlineStore: Record<string, unknown> = { version: 1 };
      const slices: Record<string, unknown> = {};
      const parts: Record<string, PartRef> = {};
      for (const [key, part] of next) {
        if ('ref' in part) parts[key] = part.ref;
        else if (key === CORE_PART) Object.assign(inlineStore, part.inline);
        else slices[key] = part.inline;
      }
      const body = JSON.stringify({
        format: 'im-emulator-state/2',
        ...source.header(),
        generation: nextGeneration,
        store: { ...inlineStore, slices },
        parts,
      });
      const comparable = body.replace(`"generation":${nextGeneration},`, '');
      if (!wrotePart && comparable === lastManifest) return; // nothing changed since the last save
      mkdirSync(dataDir, { recursive: true });
      // The part files' renames must be durable before the manifest that names them.
      if (wrotePart) fsyncDir(dataDir);
      const manifest = `{"savedAt":${JSON.stringify(new Date().toISOString())},${body.slice(1)}`;
      writeAtomic(join(dataDir, STATE_FILE), manifest);
      fsyncDir(dataDir);
      saved = next;
      generation = nextGeneration;
      lastManifest = comparable;
      removeUnreferencedParts(dataDir, new Set(Object.values(parts).map((p) => p.file)));
    } catch (e) {
      source.store.markChanged(changed);
      throw e;
    }
  };

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    try {
      save();
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
