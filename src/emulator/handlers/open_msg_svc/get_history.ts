/** `open_msg_svc/get_history`: download links for one hour's message archive (../shared/im-api/13-operations.md). */
import { endpoint } from '../../../api/endpoints/open_msg_svc/get_history';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { ARCHIVE_KEEP_SECONDS } from '../../state/archives';
import { BEIJING_OFFSET_SECONDS } from '../../state/stats-day';
import { buildArchive } from './archive';

/** How long a download link works (emulator choice: "a few hours"). */
export const ARCHIVE_LINK_SECONDS = 6 * 3600;

/** The path under which the emulator serves archive files (next to `/v4`). */
export const ARCHIVE_ROUTE = '/msg_history';

/** The Unix second a Beijing-time `YYYYMMDDHH` hour starts at, or undefined for a date that does not exist. */
export function beijingHourStart(msgTime: string): number | undefined {
  const [y, m, d, h] = [0, 4, 6, 8].map((i, k) => Number(msgTime.slice(i, k === 0 ? 4 : i + 2)));
  const utc = Date.UTC(y ?? 0, (m ?? 0) - 1, d ?? 0, h ?? 0);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() + 1 !== m || check.getUTCDate() !== d)
    return undefined;
  return utc / 1000 - BEIJING_OFFSET_SECONDS;
}

/** `YYYY-MM-DD HH:MM:SS` in Beijing time, as `ExpireTime` is written. */
export function beijingDateTime(unixSeconds: number): string {
  return new Date((unixSeconds + BEIJING_OFFSET_SECONDS) * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * Answers one `File` for a finished hour of the last 7 days, served by the emulator at
 * `<origin>/msg_history/<SdkAppId>_<ChatType>_<MsgTime>.gz`. The file is built from the stored
 * messages the first time the hour is asked for and then kept as is; each call renews the link's
 * expiry. A date that does not exist or an hour older than 7 days → 1002; an hour not yet over → 1004.
 */
export const getHistory = defineHandler(
  endpoint,
  (req, ctx) => {
    const hourStart = beijingHourStart(req.MsgTime);
    if (hourStart === undefined) throw new ImFailure(1002, `MsgTime ${req.MsgTime} is not a real hour`);
    if (hourStart < ctx.nowSeconds - ARCHIVE_KEEP_SECONDS) {
      throw new ImFailure(1002, `MsgTime ${req.MsgTime} is older than 7 days: its archive is gone`);
    }
    if (hourStart + 3600 > ctx.nowSeconds) {
      throw new ImFailure(1004, `the archive of ${req.MsgTime} is not ready: the hour is not over yet`);
    }
    const { archives } = ctx.store;
    const name = `${ctx.config.sdkAppId}_${req.ChatType}_${req.MsgTime}.gz`;
    const expiresAt = ctx.nowSeconds + ARCHIVE_LINK_SECONDS;
    const file =
      archives.file(name) ??
      buildArchive(ctx.store, ctx.config.sdkAppId, req.ChatType, req.MsgTime, hourStart, expiresAt);
    file.expiresAt = expiresAt;
    archives.put(file, ctx.nowSeconds);
    return {
      File: [
        {
          URL: `${new URL(ctx.requestUrl).origin}${ARCHIVE_ROUTE}/${name}`,
          ExpireTime: beijingDateTime(expiresAt),
          FileSize: file.fileSize,
          FileMD5: file.fileMd5,
          GzipSize: file.gzip.length,
          GzipMD5: file.gzipMd5,
        },
      ],
    };
  },
  // A bad ChatType or a malformed body is 1001; a MsgTime that is not YYYYMMDDHH is 1002 (best OCR reading).
  { paramCode: (issue) => (issue.path[0] === 'MsgTime' ? 1002 : 1001) },
);
