/**
 * The database schema, one migration per step, never edited once released: a change is a new
 * migration with the next version. Each feature owns its file under `migrations/`.
 */
import { accessMigration } from './migrations/001-access';
import { auditMigration } from './migrations/002-audit';
import { pushLogMigration } from './migrations/003-push-log';
import { auditSummaryMigration } from './migrations/004-audit-summary';

/** One schema step: a version (strictly increasing), a name, and the SQL to run once. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, oldest first. */
export const migrations: readonly Migration[] = [
  accessMigration,
  auditMigration,
  pushLogMigration,
  auditSummaryMigration,
];
