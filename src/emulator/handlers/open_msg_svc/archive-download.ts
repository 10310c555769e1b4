/**
 * The download side of `open_msg_svc/get_history` (../shared/im-api/13-operations.md): `GET
 * /msg_history/<file>.gz` answers the gzip archive a `get_history` call built, while its link is
 * valid; anything else is a plain 404 (a storage URL, not an IM API call).
 */
import type { Context } from 'hono';
import type { Clock } from '../../clock';
import type { Store } from '../../store';

/** Builds the Hono handler for `GET /msg_history/:file`. */
export function createArchiveDownload(store: Store, clock: Clock): (c: Context) => Response {
  return (c) => {
    const file = store.archives.file(c.req.param('file') ?? '');
    if (!file || Math.floor(clock.nowMs() / 1000) > file.expiresAt) {
      return c.json({ error: { message: 'archive not found or link expired: call get_history again' } }, 404);
    }
    return c.body(file.gzip.slice().buffer, 200, {
      'Content-Type': 'application/gzip',
      'Content-Length': String(file.gzip.length),
      'Content-Disposition': `attachment; filename="${file.name}"`,
    });
  };
}
