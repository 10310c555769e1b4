import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { secureHeaders } from './security-headers';

const app = new Hono()
  .use(secureHeaders())
  .get('/api/health', (c) => c.json({ ok: true }))
  .get('/page', (c) => c.html('<p>hi</p>'));

describe('secureHeaders', () => {
  it('sends the security headers on pages', async () => {
    const res = await app.request('/page');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    expect(res.headers.get('Cache-Control')).toBeNull();
  });

  it('allows inline styles but not inline or foreign scripts, and forbids framing', async () => {
    const csp = (await app.request('/page')).headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
    // Voice and video messages play from the app's storage over HTTPS, never from plain HTTP.
    expect(csp).toContain("media-src 'self' blob: https:");
  });

  it('marks API answers as not cacheable', async () => {
    const res = await app.request('/api/health');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('also marks 404s', async () => {
    expect((await app.request('/nothing')).headers.get('X-Frame-Options')).toBe('DENY');
  });
});
