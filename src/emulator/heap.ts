/**
 * A full garbage collection on demand, for after a bulk load. Building the `scale` seed allocates
 * its saved form, Map tables that grow by doubling and other temporaries next to ~1 GB of live
 * records; V8 then sets its next full-collection limit from the heap it saw mid-build, so that
 * garbage (about as large as the live data) can stay for the rest of the run — and every
 * young-generation pause (scavenge) grows with the old generation it sits in (measured in
 * docs/benchmarks.md). One collection right after the load returns the process to its live size.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Runs a full, blocking garbage collection; false when the runtime offers none. */
export function collectGarbage(): boolean {
  let gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    // `gc` exists only under --expose-gc; a fresh context created while the flag is on gets it.
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as (() => void) | undefined;
    setFlagsFromString('--no-expose-gc');
  }
  if (typeof gc !== 'function') return false;
  gc();
  return true;
}
