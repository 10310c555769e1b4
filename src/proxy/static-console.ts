/**
 * Serves the console's Vite build. Hashed files under `/assets/` never change, so they are cached
 * for a year as immutable; everything else (above all `index.html`) is revalidated on every load
 * so a new build shows up at once. Any other GET outside `/api` gets `index.html`, letting the
 * SPA's router handle deep links.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';

/** Cache policy of hashed build assets. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache policy of `index.html` and unhashed files. */
export const NO_CACHE = 'no-cache';

async function readIfFile(file: string): Promise<Buffer | null> {
  try {
    if (!(await stat(file)).isFile()) return null;
    return await readFile(file);
  } catch {
    return null;
  }
}

/** True for the paths the proxy itself answers, which the static handler must never shadow. */
function isApiPath(p: string): boolean {
  return p === '/api' || p.startsWith('/api/');
}

/** Serves files from `root` for GET (and HEAD) requests, with the SPA fallback. */
export function serveConsole(root: string): MiddlewareHandler {
  const rootAbs = path.resolve(root);
  const indexFile = path.join(rootAbs, 'index.html');

  return async (c, next) => {
    if (c.req.method !== 'GET' || isApiPath(c.req.path)) return next();
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path);
    } catch {
      return next();
    }
    if (rel.includes('\0')) return next();
    const file = path.join(rootAbs, rel);
    if (file !== rootAbs && !file.startsWith(rootAbs + path.sep)) return next();

    const isAsset = rel.startsWith('/assets/');
    const found = file === rootAbs ? null : await readIfFile(file);
    if (found) {
      const type = getMimeType(file) ?? 'application/octet-stream';
      return c.body(new Uint8Array(found), 200, {
        'Content-Type': type,
        'Cache-Control': isAsset ? IMMUTABLE : NO_CACHE,
      });
    }
    if (isAsset) return next();
    const index = await readIfFile(indexFile);
    if (!index) return next();
    return c.body(new Uint8Array(index), 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': NO_CACHE,
    });
  };
}
