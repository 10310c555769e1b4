import { describe, expect, it } from 'vitest';
import {
  clearSessionCookies,
  clientIpOf,
  isSecureRequest,
  SECURE_SESSION_COOKIE,
  SESSION_COOKIE,
  sessionCookie,
  sessionTokenOf,
} from './http';

describe('session cookie', () => {
  it('finds the token among other cookies, the __Host- one first', () => {
    expect(sessionTokenOf(undefined)).toBeUndefined();
    expect(sessionTokenOf('a=1; b=2')).toBeUndefined();
    expect(sessionTokenOf(`a=1; ${SESSION_COOKIE}=tok; b=2`)).toBe('tok');
    expect(sessionTokenOf(`${SESSION_COOKIE}=plain; ${SECURE_SESSION_COOKIE}=secure`)).toBe('secure');
  });

  it('sets httpOnly, SameSite=Strict, Path=/ and, over HTTPS, Secure with the __Host- prefix', () => {
    expect(sessionCookie('t', 3600, false)).toBe(
      `${SESSION_COOKIE}=t; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600`,
    );
    expect(sessionCookie('t', 3600, true)).toBe(
      `${SECURE_SESSION_COOKIE}=t; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600; Secure`,
    );
    expect(clearSessionCookies(true)).toHaveLength(2);
    for (const c of clearSessionCookies(true)) expect(c).toContain('Max-Age=0');
  });
});

describe('client IP', () => {
  it('uses the socket unless proxies are trusted', () => {
    expect(clientIpOf('::ffff:10.0.0.9', '1.2.3.4', 0)).toBe('10.0.0.9');
    expect(clientIpOf(undefined, undefined, 0)).toBe('unknown');
  });

  it('takes the address the outermost trusted proxy saw, ignoring what the client forged', () => {
    // client forged "6.6.6.6"; nginx (socket 127.0.0.1) appended the real peer 203.0.113.7.
    expect(clientIpOf('127.0.0.1', '6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7');
    // two proxies: CDN appended the client, nginx appended the CDN.
    expect(clientIpOf('127.0.0.1', '6.6.6.6, 203.0.113.7, 198.51.100.2', 2)).toBe('203.0.113.7');
    expect(clientIpOf('127.0.0.1', '203.0.113.7', 5)).toBe('203.0.113.7');
  });

  it('believes X-Forwarded-Proto only from a trusted proxy', () => {
    expect(isSecureRequest(false, 0, 'https')).toBe(false);
    expect(isSecureRequest(false, 1, 'https')).toBe(true);
    expect(isSecureRequest(false, 1, 'http')).toBe(false);
    expect(isSecureRequest(true, 0, undefined)).toBe(true);
  });
});
