import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { StoreSlice } from './slice';
import { emptySnapshot, Store } from './store';

/** A toy slice: notes by user. */
class NotesSlice implements StoreSlice<[string, string][]> {
  readonly key = 'notes';
  readonly schema = z.array(z.tuple([z.string(), z.string()]));
  readonly notes = new Map<string, string>();
  load(data: [string, string][] | undefined) {
    this.notes.clear();
    for (const [k, v] of data ?? []) this.notes.set(k, v);
  }
  snapshot(): [string, string][] {
    return [...this.notes].sort(([a], [b]) => a.localeCompare(b));
  }
  purgeUser(userId: string) {
    this.notes.delete(userId);
  }
  summary() {
    return { notes: this.notes.size };
  }
}

class StoreWithNotes extends Store {
  readonly notes = this.use(new NotesSlice());
}

describe('store slices', () => {
  it('saves a slice in the snapshot and loads it back', () => {
    const a = new StoreWithNotes(['administrator'], emptySnapshot(), 1000);
    a.createAccount('u1', 1000);
    a.notes.notes.set('u1', 'hello');
    const snap = a.snapshot();
    // The real store registers the areas' slices too; only the toy slice's part matters here.
    expect(snap.slices?.notes).toEqual([['u1', 'hello']]);
    const b = new StoreWithNotes(['administrator'], JSON.parse(JSON.stringify(snap)), 2000);
    expect(b.notes.notes.get('u1')).toBe('hello');
    expect(b.summary().slices.notes).toEqual({ notes: 1 });
  });

  it('starts a slice empty when an older snapshot has no part for it', () => {
    const { slices: _ignored, ...old } = emptySnapshot();
    const s = new StoreWithNotes(['administrator'], old, 1000);
    expect(s.notes.notes.size).toBe(0);
  });

  it('refuses a snapshot whose slice part is malformed, instead of loading garbage', () => {
    expect(
      () => new StoreWithNotes(['administrator'], { ...emptySnapshot(), slices: { notes: [['u1']] } }, 1000),
    ).toThrow();
  });

  it('purges a deleted user from every slice', () => {
    const s = new StoreWithNotes(['administrator'], emptySnapshot(), 1000);
    s.createAccount('u1', 1000);
    s.notes.notes.set('u1', 'x');
    s.deleteAccount('u1', 1001);
    expect(s.notes.notes.has('u1')).toBe(false);
  });
});
