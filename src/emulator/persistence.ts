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
 * one log line and the emulator starts from the seed. This module saves (the debounced persister);
 * file helpers are in persistence-files.ts, loading and recovery in persistence-load.ts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedName } from './seed';
import { CORE_PART } from './store';
import type { Store } from './store';
import {
  fsyncDir,
  PART_KEY,
  removeUnreferencedParts,
  sha256,
  STATE_FILE,
  writeAtomic,
} from './persistence-files';
import type { PartRef, StateFile } from './persistence-load';

export { STATE_FILE } from './persistence-files';
export { loadState } from './persistence-load';
export type { LoadedState, LoadOptions, PartRef, StateFile } from './persistence-load';

/** A part whose JSON is longer than this (characters) is saved in its own file; smaller ones sit inline. */
export const INLINE_PART_MAX = 256 * 1024;
/**
 * The same for a shard part (e.g. `groups-s07`): shards exist to be rewritten alone, and an inline
 * one would be re-serialised with the manifest at every save (64 shards of ~0.1–0.5 MB each).
 */
export const INLINE_SHARD_MAX = 4 * 1024;

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
  store: Pick<Store, 'partKeys' | 'partSnapshot' | 'takeChangedParts' | 'markChanged' | 'isShardPart'>;
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
 * A debounced saver of the store in parts. A save snapshots the core part and every slice (or shard)
 * marked changed since (`Store.takeChangedParts`), plus parts not saved by this process yet (inline
 * parts of the manifest it loaded); the others keep their last saved form. A large part is written
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
        // An unmarked part is as last saved (file or inline): the marks are complete (store.ts).
        if (before && !changed.has(key)) continue;
        const data = source.store.partSnapshot(key);
        const text = JSON.stringify(data);
        const inlineMax = source.store.isShardPart(key) ? INLINE_SHARD_MAX : INLINE_PART_MAX;
        if (text.length <= inlineMax || !PART_KEY.test(key)) {
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
