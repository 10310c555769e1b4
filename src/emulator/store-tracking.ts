/**
 * Per-slice change tracking for the store: which slices may have changed since the last save.
 * Every access to a slice through its `Store` getter marks it, outside read-only windows
 * (`track('read', ...)`): code can only change a slice after reaching it, so a change cannot go
 * unmarked (persistence.ts rewrites only marked parts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** An access window (`ChangeTracker.track`): reads do not mark slices changed; writes remember what they touched. */
interface AccessScope {
  tracker: ChangeTracker;
  read: boolean;
  touched: Set<string>;
}
const accessScope = new AsyncLocalStorage<AccessScope>();

/** The change marks of one store's slices. */
export class ChangeTracker {
  /** Parts changed since the last save (slice keys). */
  private readonly dirtyParts = new Set<string>();
  /** Keys of the slices reached through marking getters (others, e.g. a subclass's, count as always changed). */
  private readonly trackedParts = new Set<string>();

  /** Records that the slice `key` is reached through a marking getter. */
  addTracked(key: string): void {
    this.trackedParts.add(key);
  }

  /** A slice reached through its getter: marked changed unless inside a read-only window. */
  reach(key: string): void {
    const scope = accessScope.getStore();
    if (scope?.tracker === this) {
      if (scope.read) return;
      scope.touched.add(key);
    }
    this.dirtyParts.add(key);
  }

  /**
   * Runs `fn` (sync or async) as one request: in a `read` window, reaching a slice does not mark it
   * changed (read-only endpoints and GET routes); a `write` window marks again, when it ends, every
   * slice it reached (a save may have run while it awaited between reaching and changing a slice).
   */
  track<T>(mode: 'read' | 'write', fn: () => T): T {
    const scope: AccessScope = { tracker: this, read: mode === 'read', touched: new Set() };
    const end = () => {
      for (const key of scope.touched) this.dirtyParts.add(key);
    };
    let result: T;
    try {
      result = accessScope.run(scope, fn);
    } catch (e) {
      end();
      throw e;
    }
    if (result instanceof Promise) return result.finally(end) as T;
    end();
    return result;
  }

  /**
   * The slices of `sliceKeys` that may have changed since the last call (which clears the marks):
   * untracked slices always, tracked slices when marked; in the order given.
   */
  takeChanged(sliceKeys: Iterable<string>): string[] {
    const out: string[] = [];
    for (const key of sliceKeys) if (this.dirtyParts.has(key) || !this.trackedParts.has(key)) out.push(key);
    this.dirtyParts.clear();
    return out;
  }

  /** Marks parts changed. */
  mark(keys: Iterable<string>): void {
    for (const key of keys) this.dirtyParts.add(key);
  }

  /** Forgets every mark. */
  clear(): void {
    this.dirtyParts.clear();
  }
}
