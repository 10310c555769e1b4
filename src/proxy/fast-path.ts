/**
 * Helpers that keep the forwarding hot path lean (the proxy should add well under a millisecond).
 * Web `Headers` objects are slow to build and fill, so request headers are read from Node's plain
 * header object when the proxy runs under `@hono/node-server`, and the forwarder answers with a
 * plain header record that already holds every header the middlewares would add.
 */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/** Responses that already carry the request id and security headers; middlewares leave them alone. */
const finished = new WeakSet<Response>();

/** Marks a response as complete so the header middlewares skip it. */
export function markFinished(res: Response): Response {
  finished.add(res);
  return res;
}

/** True when the response already has all the proxy's headers. */
export function isFinished(res: Response): boolean {
  return finished.has(res);
}

/** A request header (lower-case name), read from Node's raw headers when available, else from the Web request. */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming) {
    const value = incoming.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  }
  return c.req.raw.headers.get(name) ?? undefined;
}
