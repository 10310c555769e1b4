/**
 * The bulk job of each kind, kept outside React so a job keeps running, and its progress is still shown,
 * when the operator leaves /users and comes back (it ends only with the browser tab).
 */
import { useSyncExternalStore } from 'react';
import type { Job } from '../../../lib/jobs/runner';
import type { ImportRow } from './parse-import-file';

/** The kinds of account job. */
export type BulkKind = 'import' | 'check' | 'kick' | 'delete';

/** A job and what the page needs to show it again. */
export type ActiveJob = { id: number; label: number } & (
  { kind: 'import'; job: Job<ImportRow> } | { kind: 'check' | 'kick' | 'delete'; job: Job<string> }
);

let nextId = 1;

/** A fresh id for a new job (React keys). */
export function newJobId(): number {
  return nextId++;
}

const jobs = new Map<BulkKind, ActiveJob>();
const listeners = new Set<() => void>();

/** Replaces the job of its kind (the previous one, if still running, keeps running unseen: cancel it first). */
export function setActiveJob(kind: BulkKind, job: ActiveJob | undefined): void {
  if (job) jobs.set(kind, job);
  else jobs.delete(kind);
  for (const l of listeners) l();
}

/** The job of one kind, re-rendering when it is replaced. */
export function useActiveJob(kind: BulkKind): ActiveJob | undefined {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => jobs.get(kind),
    () => undefined,
  );
}
