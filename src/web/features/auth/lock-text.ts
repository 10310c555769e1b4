/** "Try again at 14:05 (in 15 minutes)" from the proxy's `retryAfterSeconds`. */

/** The local time (HH:MM) and whole minutes (at least 1) until a locked sign-in may be retried. */
export function retryMoment(
  retryAfterSeconds: number,
  now: Date = new Date(),
): { time: string; minutes: number } {
  const at = new Date(now.getTime() + retryAfterSeconds * 1000);
  const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  return { time, minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) };
}
