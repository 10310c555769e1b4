import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { createAccessStore, hashToken } from './store';

function setup() {
  let now = 10_000_000;
  const db = openDatabase(':memory:');
  const store = createAccessStore(db, { nowMs: () => now, idleMs: 10 * 60_000, maxMs: 60 * 60_000 });
  const add = (username: string, role: 'admin' | 'viewer') =>
    store.createOperator({ username, role, passwordHash: 'h', mustChangePassword: false });
  return { db, store, add, advance: (ms: number) => (now += ms) };
}

describe('access store', () => {
  it('stores only the hash of a session token and finds the session by it', () => {
    const { db, store, add } = setup();
    const op = add('ann', 'viewer');
    const { token, session } = store.createSession(op.id, '10.0.0.1', 'ua');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = db.prepare('SELECT * FROM sessions').get() as Record<string, unknown>;
    expect(Object.values(row)).not.toContain(token);
    expect(row.token_hash).toBe(hashToken(token));
    expect(store.lookupSession(token)?.id).toBe(session.id);
    expect(store.lookupSession(`${token.slice(0, -1)}x`)).toBeNull();
    expect(store.lookupSession('short')).toBeNull();
  });

  it('refuses to demote or disable the last enabled admin, in either order', () => {
    const { store, add } = setup();
    const a = add('a', 'admin');
    expect(store.updateOperator(a.id, { role: 'viewer' })).toBe('last_admin');
    expect(store.updateOperator(a.id, { disabled: true })).toBe('last_admin');
    const b = add('b', 'admin');
    expect(store.updateOperator(b.id, { disabled: true })).toMatchObject({ disabled: true });
    expect(store.updateOperator(a.id, { role: 'viewer' })).toBe('last_admin');
    expect(store.updateOperator(b.id, { disabled: false })).toMatchObject({ disabled: false });
    expect(store.updateOperator(a.id, { role: 'viewer' })).toMatchObject({ role: 'viewer' });
    expect(store.updateOperator(999, { role: 'viewer' })).toBe('not_found');
    expect(store.enabledAdminCount()).toBe(1);
  });

  it('ends sessions on disable and on a password change (all, or all but the current one)', () => {
    const { store, add } = setup();
    add('root', 'admin');
    const op = add('ann', 'viewer');
    const s1 = store.createSession(op.id, '', '');
    const s2 = store.createSession(op.id, '', '');
    store.setPassword(op.id, 'h2', false, s1.session.rowId);
    expect(store.lookupSession(s1.token)).not.toBeNull();
    expect(store.lookupSession(s2.token)).toBeNull();
    store.updateOperator(op.id, { disabled: true });
    expect(store.lookupSession(s1.token)).toBeNull();
    expect(store.listSessions(null)).toEqual([]);
  });

  it('lists live sessions only', () => {
    const { store, add, advance } = setup();
    const op = add('ann', 'viewer');
    store.createSession(op.id, '10.0.0.1', 'a');
    advance(11 * 60_000);
    store.createSession(op.id, '10.0.0.2', 'b');
    expect(store.listSessions(op.id).map((s) => s.ip)).toEqual(['10.0.0.2']);
  });
});
