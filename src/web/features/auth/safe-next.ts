/**
 * Where to go after signing in: the `next` parameter, but only a same-origin path of this console
 * (never `//evil.example`, `https://…`, `javascript:` or a path back to the login page).
 */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next) return fallback;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  // Control characters and backslashes let some browsers reinterpret the path as another origin.
  if ([...next].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f || ch === '\\'))
    return fallback;
  try {
    const url = new URL(next, 'http://console.invalid');
    if (url.origin !== 'http://console.invalid') return fallback;
    if (url.pathname === '/login' || url.pathname.startsWith('/login/')) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** The login URL that returns to `path` (path + search + hash of the current location) afterwards. */
export function loginUrl(path: string): string {
  const next = safeNext(path, '');
  return next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login';
}
