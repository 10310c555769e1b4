/**
 * Keeps the proxy local until operator login exists. Binding to loopback is not enough on its own:
 * a web page in the operator's browser could still call the proxy (CSRF) or reach it under its own
 * domain re-pointed at 127.0.0.1 (DNS rebinding). So every request must be addressed to a loopback
 * host, and a browser request from another origin is refused.
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

/** Why a request must be refused (403), or `null` when it is local; `host` is the `Host` header. */
export type LocalCheck = (
  host: string,
  origin: string | undefined,
  fetchSite: string | undefined,
) => string | null;

/** The checks of `localOnly`, usable outside Hono; remembers the last loopback `Host` it accepted. */
export function createLocalCheck(): LocalCheck {
  let lastLocalHost = '';
  return (host, origin, fetchSite) => {
    if (host !== lastLocalHost) {
      if (!isLoopbackHost(hostnameOf(host))) {
        return 'The proxy answers only requests addressed to localhost, 127.0.0.1 or [::1] until operator login exists.';
      }
      lastLocalHost = host;
    }
    let foreign = fetchSite === 'cross-site' || fetchSite === 'same-site';
    if (!foreign && origin !== undefined) {
      try {
        foreign = new URL(origin).host !== host;
      } catch {
        foreign = true;
      }
    }
    return foreign ? 'The proxy refuses requests from pages of another origin.' : null;
  };
}

/** Refuses requests addressed to a non-loopback host, and cross-origin browser requests. */
export function localOnly(): MiddlewareHandler<ProxyEnv> {
  const check = createLocalCheck();
  return async (c, next) => {
    const host = requestHeader(c, 'host') ?? new URL(c.req.url).host;
    const refusal = check(host, requestHeader(c, 'origin'), requestHeader(c, 'sec-fetch-site'));
    if (refusal !== null) return proxyError(c, 403, 'forbidden', refusal);
    await next();
  };
}
