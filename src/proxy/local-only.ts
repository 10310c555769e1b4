/**
 * Who may address the proxy, and from which pages. Login protects the data, but a browser that is
 * signed in can still be abused by other pages, so two checks run before anything else:
 *
 * - **DNS rebinding.** Every request must be addressed (`Host`) to a loopback name, to the host of
 *   `PUBLIC_ORIGIN`, or to a name in `ALLOWED_HOSTS`; a page of `evil.example` re-pointed at the
 *   proxy's address still says `Host: evil.example` and is refused.
 * - **CSRF.** Every state-changing request (any method but GET, HEAD and OPTIONS; login and the IM
 *   route included) and every `/api` request from a browser must come from the console's own
 *   origin: `Sec-Fetch-Site` must not be `cross-site` or `same-site`, and `Origin`, when sent, must
 *   be the request's own origin or `PUBLIC_ORIGIN`. Clients that send neither header are not
 *   browsers (scripts, curl) and carry no ambient cookie unless they logged in themselves.
 */
import type { MiddlewareHandler } from 'hono';
import { isLoopbackHost } from './config';
import { proxyError } from './error-response';
import { requestHeader } from './fast-path';
import type { ProxyEnv } from './request-id';

/** The host name of a `Host` header value (`[::1]:8080` → `::1`, `localhost:80` → `localhost`). */
export function hostnameOf(hostHeader: string): string {
  if (hostHeader.startsWith('[')) return hostHeader.slice(1, hostHeader.indexOf(']'));
  const colon = hostHeader.indexOf(':');
  return colon === -1 || hostHeader.indexOf(':', colon + 1) !== -1 ? hostHeader : hostHeader.slice(0, colon);
}

/**
 * Why a request must be refused (403), or `null`. `host` is the `Host` header; `guarded` says
 * whether the origin check applies (state-changing methods, and `/api` paths).
 */
export type LocalCheck = (
  host: string,
  origin: string | undefined,
  fetchSite: string | undefined,
  guarded?: boolean,
) => string | null;

/** Which names and origin the proxy answers besides loopback ones. */
export interface HostPolicy {
  /** The console's public origin, e.g. `https://console.example.com`. */
  publicOrigin?: string | null;
  /** Extra `Host` values (name, or name:port), lower-case. */
  allowedHosts?: readonly string[];
}

/** True for methods that change nothing (and so need no origin check outside `/api`). */
export function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}

/** The checks of `localOnly`, usable outside Hono; remembers the last `Host` it accepted. */
export function createLocalCheck(policy: HostPolicy = {}): LocalCheck {
  const allowed = new Set(policy.allowedHosts?.map((h) => h.toLowerCase()) ?? []);
  const publicOrigin = policy.publicOrigin ?? null;
  if (publicOrigin) allowed.add(new URL(publicOrigin).host.toLowerCase());
  const names = ['localhost', '127.0.0.1', '[::1]', ...allowed].join(', ');
  let lastAllowedHost = '';
  return (host, origin, fetchSite, guarded = true) => {
    if (host !== lastAllowedHost) {
      const lower = host.toLowerCase();
      if (!isLoopbackHost(hostnameOf(lower)) && !allowed.has(lower) && !allowed.has(hostnameOf(lower))) {
        return `The proxy answers only requests addressed to ${names}; set PUBLIC_ORIGIN or ALLOWED_HOSTS to add the name this request used.`;
      }
      lastAllowedHost = host;
    }
    if (!guarded) return null;
    let foreign = fetchSite === 'cross-site' || fetchSite === 'same-site';
    if (!foreign && origin !== undefined && origin !== publicOrigin) {
      try {
        foreign = new URL(origin).host.toLowerCase() !== host.toLowerCase();
      } catch {
        foreign = true;
      }
    }
    return foreign ? 'The proxy refuses requests from pages of another origin (CSRF protection).' : null;
  };
}

/** Refuses requests addressed to a host not allowed, and cross-origin browser requests that matter. */
export function localOnly(policy: HostPolicy = {}): MiddlewareHandler<ProxyEnv> {
  const check = createLocalCheck(policy);
  return async (c, next) => {
    const host = requestHeader(c, 'host') ?? new URL(c.req.url).host;
    const guarded = !isSafeMethod(c.req.method) || c.req.path === '/api' || c.req.path.startsWith('/api/');
    const refusal = check(host, requestHeader(c, 'origin'), requestHeader(c, 'sec-fetch-site'), guarded);
    if (refusal !== null) return proxyError(c, 403, 'forbidden', refusal);
    await next();
  };
}
