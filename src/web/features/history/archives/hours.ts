/**
 * Beijing-time hours for `open_msg_svc/get_history` (13-operations.md): `MsgTime` is `YYYYMMDDHH`
 * in Beijing time (UTC+8, no daylight saving); an hour's archive exists once the hour is over
 * (normally ready within an hour after that) and is deleted after 7 days.
 */

/** Beijing is UTC+8 all year. */
export const BEIJING_OFFSET_SECONDS = 8 * 3600;

/** Archives are kept this long and cannot be regenerated. */
export const ARCHIVE_KEEP_SECONDS = 7 * 86_400;

/** The real service needs up to about an hour after the hour ends to produce the archive. */
export const ARCHIVE_READY_AFTER_SECONDS = 3600;

/** `YYYYMMDDHH` (Beijing) of the hour containing `unix`. */
export function hourKeyOf(unix: number): string {
  const d = new Date((unix + BEIJING_OFFSET_SECONDS) * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}`;
}

/** The Unix second a `YYYYMMDDHH` Beijing hour starts, or undefined when it is not a real hour. */
export function hourStart(key: string): number | undefined {
  if (!/^\d{10}$/.test(key)) return undefined;
  const y = Number(key.slice(0, 4));
  const m = Number(key.slice(4, 6));
  const d = Number(key.slice(6, 8));
  const h = Number(key.slice(8, 10));
  if (h > 23) return undefined;
  const utc = Date.UTC(y, m - 1, d, h);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() + 1 !== m || check.getUTCDate() !== d)
    return undefined;
  return utc / 1000 - BEIJING_OFFSET_SECONDS;
}

/** `YYYYMMDD` of a key. */
export function dayOf(key: string): string {
  return key.slice(0, 8);
}

/** The Beijing days (`YYYYMMDD`) an archive may exist for, newest first: today and the 7 before. */
export function archiveDays(now: number): string[] {
  return Array.from({ length: 8 }, (_, i) => dayOf(hourKeyOf(now - i * 86_400)));
}

/** What can be said about an hour before asking: still running (or ahead), fresh, available, or gone. */
export type HourStatus = 'notOver' | 'fresh' | 'available' | 'expired';

/** The hour's status at `now`. `fresh`: over, but maybe not processed yet on the real service. */
export function hourStatus(key: string, now: number): HourStatus | undefined {
  const start = hourStart(key);
  if (start === undefined) return undefined;
  if (start + 3600 > now) return 'notOver';
  if (start < now - ARCHIVE_KEEP_SECONDS) return 'expired';
  if (start + 3600 + ARCHIVE_READY_AFTER_SECONDS > now) return 'fresh';
  return 'available';
}

/** `2026-11-26` from `20261126`. */
export function isoDay(day: string): string {
  return `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
}

/** Unix seconds of an `ExpireTime` (`YYYY-MM-DD HH:MM:SS`, Beijing), or undefined when unreadable. */
export function expireTimeUnix(expireTime: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(expireTime);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) / 1000 - BEIJING_OFFSET_SECONDS;
}

/** The archive's file name, from the last path segment of its URL. */
export function archiveFileName(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : url;
  } catch {
    return url;
  }
}
