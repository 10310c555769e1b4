/**
 * The proxy's own database: one SQLite file (`DATA_DIR/console.db`, better-sqlite3) holding operators,
 * sessions, login throttling and the audit log. WAL mode with `synchronous = FULL`, so a committed
 * write (an audit entry in particular) survives a crash or `kill -9` of the proxy.
 *
 * Migrations are versioned in the repository (`migrations.ts`), applied in order inside one
 * transaction each, and recorded in `schema_migrations`; a database newer than the code is refused.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrations, type Migration } from './migrations';

export type Db = Database.Database;

/** Opens (creating when missing) the database at `file`, or in memory for `':memory:'`, and migrates it. */
export function openDatabase(file: string, list: readonly Migration[] = migrations): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, list);
  return db;
}

/** Applies the migrations the database has not seen yet; returns the versions applied. */
export function migrate(db: Db, list: readonly Migration[]): number[] {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const versions = list.map((m) => m.version);
  versions.forEach((v, i) => {
    if (i > 0 && v <= versions[i - 1]!) throw new Error(`Migration ${v} is out of order.`);
  });
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
      (r) => r.version,
    ),
  );
  const newest = Math.max(0, ...applied);
  const known = Math.max(0, ...versions);
  if (newest > known) {
    throw new Error(
      `The console database is at schema version ${newest}, newer than this proxy knows (${known}): run a newer release or restore a backup.`,
    );
  }
  const done: number[] = [];
  for (const m of list) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
    done.push(m.version);
  }
  return done;
}
