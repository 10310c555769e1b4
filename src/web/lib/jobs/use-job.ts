/** React binding of the job runner: the live snapshot of a job, re-rendered at most every animation frame. */
import { useEffect, useState } from 'react';
import type { Job, JobSnapshot } from './runner';

/** The job's latest snapshot (undefined without a job). Updates are coalesced to one per frame. */
export function useJobSnapshot<I>(job: Job<I> | undefined): JobSnapshot<I> | undefined {
  const [snapshot, setSnapshot] = useState<JobSnapshot<I> | undefined>(() => job?.getSnapshot());
  const [seen, setSeen] = useState(job);
  if (seen !== job) {
    setSeen(job);
    setSnapshot(job?.getSnapshot());
  }
  useEffect(() => {
    if (!job) return;
    let frame: number | undefined;
    const flush = () => {
      frame = undefined;
      setSnapshot(job.getSnapshot());
    };
    const unsubscribe = job.subscribe(() => {
      if (frame === undefined) frame = requestAnimationFrame(flush);
    });
    // The rate and ETA move with time even between batches.
    const tick = setInterval(() => job.refresh(), 1000);
    flush();
    return () => {
      unsubscribe();
      clearInterval(tick);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [job]);
  return snapshot;
}
