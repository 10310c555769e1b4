/**
 * Security headers on every answer. The CSP allows inline styles because Mantine injects its CSS
 * variables in `<style>` tags; scripts come only from the proxy itself. Images may also come from
 * any HTTPS origin because user avatars (`FaceUrl`) live on the app's own servers, and so may audio and
 * video: voice and video messages in transcripts point at the app's storage (COS), never at the console.
 */
import type { MiddlewareHandler } from 'hono';
import { isFinished } from './fast-path';

/** The Content-Security-Policy of the console. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "media-src 'self' blob: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every answer, static files and API alike. */
export const securityHeaders: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', contentSecurityPolicy],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
];

/** The headers of an API answer as a plain record, for handlers that build their own response on the hot path. */
export const apiHeaderRecord: Readonly<Record<string, string>> = {
  ...Object.fromEntries(securityHeaders),
  'Cache-Control': 'no-store',
};

/** Adds the security headers, and `Cache-Control: no-store` to `/api` answers (they hold live chat data). */
export function secureHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (isFinished(c.res)) return;
    const headers = c.res.headers;
    for (const [name, value] of securityHeaders) headers.set(name, value);
    if (c.req.path.startsWith('/api/')) headers.set('Cache-Control', 'no-store');
  };
}
