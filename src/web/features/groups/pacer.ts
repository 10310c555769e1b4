/** Spacing calls to an endpoint with a documented per-second limit (e.g. get_appid_group_list: 1/s). */

/** A pacer: `wait()` resolves when the next call may start, at least `intervalMs` after the previous one. */
export function createPacer(intervalMs: number, now: () => number = () => Date.now()) {
  let next = 0;
  return {
    /** Waits for this call's turn (rejects with the signal's reason when aborted). */
    wait(signal?: AbortSignal): Promise<void> {
      const t = now();
      const start = Math.max(t, next);
      next = start + intervalMs;
      const delay = start - t;
      if (delay <= 0) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, delay);
        signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            reject(
              signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'),
            );
          },
          { once: true },
        );
      });
    },
  };
}
