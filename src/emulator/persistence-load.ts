/**
 * Reading a saved state back at start: the manifest (layout 2) and its part files, checked against
 * their sizes and hashes; an old single file (layout 1) loads as it is. A state that cannot be read
 * (corrupt, truncated, wrong shape, a part missing or not matching its hash) is moved aside with one
 * log line and the emulator starts from the seed. See persistence.ts for the layout.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { seedNames } from './seed';
import { CORE_PART, storeSnapshotSchema } from './store';
import {
  PART_KEY,
  PART_PATTERN,
  removeStaleTemps,
  removeUnreferencedParts,
  sha256,
  STATE_FILE,
} from './persistence-files';

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
