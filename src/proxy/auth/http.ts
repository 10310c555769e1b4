/**
 * The HTTP side of sessions, shared by the Hono app and the native IM route: the session cookie
 * (name, flags, parsing) and the client IP (the socket's, or `X-Forwarded-For` behind trusted
 * reverse proxies).
 */

/** The cookie's name over plain HTTP (loopback, or a private network). */
export const SESSION_COOKIE = 'im_console_session';
/** Its name over HTTPS: the `__Host-` prefix pins it to this host, path `/`, `Secure`, no `Domain`. */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** The session token in a `Cookie` header (the `__Host-` one first), or undefined. */
export function sessionTokenOf(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  let plain: string | undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const name = part.slice(0, eq).trim();
    if (name === SECURE_SESSION_COOKIE) return part.slice(eq + 1).trim();
    if (name === SESSION_COOKIE) plain ??= part.slice(eq + 1).trim();
  }
  return plain;
}

/** `Set-Cookie` for a new session (`maxAgeSeconds`), or to clear it (0). httpOnly, SameSite=Strict, Path=/. */
export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  const name = secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  const flags = [
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
  ];
  if (secure) flags.push('Secure');
  return `${name}=${token}; ${flags.join('; ')}`;
}

/** Cookies that clear both spellings (the browser ignores the `__Host-` one over plain HTTP). */
export function clearSessionCookies(secure: boolean): string[] {
  return secure ? [sessionCookie('', 0, true), sessionCookie('', 0, false)] : [sessionCookie('', 0, false)];
}

/** Strips an IPv4-mapped IPv6 prefix (`::ffff:10.0.0.1` → `10.0.0.1`). */
function plainIp(ip: string): string {
  return ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip;
}

/**
 * The client's IP: the socket's address, or with `trustHops` reverse proxies in front, the entry of
 * `X-Forwarded-For` that the outermost trusted proxy saw (each proxy appends its peer on the right).
 */
export function clientIpOf(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustHops: number,
): string {
  const socket = plainIp(socketAddress ?? 'unknown');
  if (trustHops <= 0 || !forwardedFor) return socket;
  const chain = forwardedFor
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  chain.push(socket);
  const ip = chain[Math.max(0, chain.length - 1 - trustHops)]!;
  return plainIp(ip).slice(0, 100);
}

/** Whether the request came over HTTPS: always with `COOKIE_SECURE`, or per `X-Forwarded-Proto` from a trusted proxy. */
export function isSecureRequest(
  cookieSecure: boolean,
  trustHops: number,
  forwardedProto: string | undefined,
): boolean {
  if (cookieSecure) return true;
  if (trustHops <= 0 || !forwardedProto) return false;
  const protos = forwardedProto.split(',').map((s) => s.trim().toLowerCase());
  return protos[Math.max(0, protos.length - trustHops)] === 'https';
}
