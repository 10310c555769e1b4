// Unit tests of the console's IM calls: a fake proxy in place of `fetch`. Undo it with `vi.unstubAllGlobals()`.
import { vi } from 'vitest';

/** One call the console made: the IM `service/command` (or the proxy route, without its query) and its body. */
export interface ProxyCall {
  path: string;
  body: Record<string, unknown>;
}

/**
 * Replaces `fetch` with a proxy that answers each call with `answer(path, body)` as JSON (HTTP 200), and
 * returns the calls it received, in order. `path` is `service/command` for `/api/im/...`, else the URL
 * without its query; a throwing `answer` fails the call as a network error would.
 */
export function stubProxy(answer: (path: string, body: Record<string, unknown>) => unknown): ProxyCall[] {
  const calls: ProxyCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const path = url.startsWith('/api/im/') ? url.slice('/api/im/'.length) : url.split('?')[0]!;
      const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
      calls.push({ path, body });
      return new Response(JSON.stringify(answer(path, body)), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  return calls;
}
