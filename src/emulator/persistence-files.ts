/**
 * The files of a saved state under `dataDir`: their names, crash-safe writes (temporary file, fsync,
 * rename, directory fsync), content hashes, and the clean-up of stale temporary files and of part
 * files no manifest names. See persistence.ts for the layout.
 */
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** File name of the manifest (and of the whole state in layout 1) inside `dataDir`. */
export const STATE_FILE = 'emulator-state.json';

/** Temporary files of interrupted saves: `emulator-state.json.<pid>.tmp`, `emulator-state.<part>.<gen>.json.<pid>.tmp`. */
const TMP_PATTERN = /^emulator-state\.(?:[A-Za-z0-9_-]+\.\d+\.)?json\.(\d+)\.tmp$/;
/** Part files: `emulator-state.<part>.<generation>.json`. */
export const PART_PATTERN = /^emulator-state\.[A-Za-z0-9_-]+\.\d+\.json$/;
/** Keys of parts that may be saved in their own files. */
export const PART_KEY = /^[A-Za-z0-9_-]+$/;

/** The SHA-256 of `data`, in hex (as the manifest names part files). */
export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function listDir(dataDir: string): string[] {
  try {
    return readdirSync(dataDir);
  } catch {
    return [];
  }
}

/** Removes temporary files whose process is gone (left by a crash mid-save). */
export function removeStaleTemps(dataDir: string): void {
  for (const name of listDir(dataDir)) {
    const pid = TMP_PATTERN.exec(name)?.[1];
    if (pid !== undefined && !processAlive(Number(pid))) rmSync(join(dataDir, name), { force: true });
  }
}

/** Removes part files the manifest does not name (a crashed save's, a replaced generation's, a moved-aside manifest's). */
export function removeUnreferencedParts(dataDir: string, keep: ReadonlySet<string>): void {
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
export function writeAtomic(file: string, text: string | Buffer): void {
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
export function fsyncDir(dataDir: string): void {
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
