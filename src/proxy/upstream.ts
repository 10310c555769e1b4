/**
 * The upstream HTTP client: a fetch-like function, injectable so tests can play the IM service,
 * and its default, an undici keep-alive connection pool (01-conventions.md §5 recommends
 * persistent connections because every new TLS handshake is expensive).
 */
import { Agent, type Dispatcher } from 'undici';

/** What the proxy passes upstream: always a fresh POST with only a JSON content type, never the browser's headers. */
export interface UpstreamInit {
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
  /**
   * Registers the function that stops this call on timeout; upstreams that use it need not read
   * `signal` (creating the `AbortController` behind it is a large share of the proxy's CPU per call).
   */
  onCancel?(cancel: (reason: Error) => void): void;
}

/** The part of a response the proxy reads (the global `Response` fits). */
export interface UpstreamResponse {
  status: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A fetch-like upstream call; the global `fetch` fits. Rejects on connection failure or abort. */
export type Upstream = (url: string, init: UpstreamInit) => Promise<UpstreamResponse>;

/** An upstream backed by a connection pool, which must be closed when the proxy stops. */
export interface PooledUpstream {
  call: Upstream;
  close(): Promise<void>;
}

/** Splits `http://host:port/path?query` into undici's origin and path without building a URL object. */
export function splitUrl(url: string): { origin: string; path: string } {
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  return slash === -1 ? { origin: url, path: '/' } : { origin: url.slice(0, slash), path: url.slice(slash) };
}

function toArrayBuffer(chunks: Buffer[]): ArrayBuffer {
  const buf = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

/**
 * Creates the pooled keep-alive upstream. It talks to undici's dispatcher directly and collects
 * the answer's chunks itself, skipping the stream machinery of `request`/`fetch` on the hot path.
 * undici's own header and body timeouts sit just past the proxy's timeout as a backstop; the
 * proxy's timer normally fires first, aborts the call and answers 504.
 */
export function createPooledUpstream(opts: { timeoutMs: number }): PooledUpstream {
  const agent = new Agent({
    keepAliveTimeout: 4_000,
    headersTimeout: opts.timeoutMs + 1_000,
    bodyTimeout: opts.timeoutMs + 1_000,
    connect: { timeout: Math.min(opts.timeoutMs, 10_000) },
  });
  const call: Upstream = (url, init) =>
    new Promise<UpstreamResponse>((resolve, reject) => {
      let controller: Dispatcher.DispatchController | undefined;
      let cancelled: Error | undefined;
      const cancel = (reason: Error) => {
        cancelled = reason;
        controller?.abort(reason);
      };
      let signal: AbortSignal | undefined;
      let onAbort: (() => void) | undefined;
      if (init.onCancel) {
        init.onCancel(cancel);
      } else {
        signal = init.signal;
        if (signal.aborted) {
          reject(signal.reason);
          return;
        }
        const s = signal;
        onAbort = () => cancel(s.reason instanceof Error ? s.reason : new Error('aborted'));
        signal.addEventListener('abort', onAbort, { once: true });
      }
      const done = () => {
        if (onAbort) signal?.removeEventListener('abort', onAbort);
      };
      const chunks: Buffer[] = [];
      let status = 0;
      const { origin, path } = splitUrl(url);
      agent.dispatch(
        { origin, path, method: init.method, headers: init.headers, body: init.body },
        {
          onRequestStart(c) {
            controller = c;
            if (cancelled) c.abort(cancelled);
          },
          onResponseStart(_c, statusCode) {
            status = statusCode;
          },
          onResponseData(_c, chunk) {
            chunks.push(chunk);
          },
          onResponseEnd() {
            done();
            const body = chunks.length === 0 ? new ArrayBuffer(0) : toArrayBuffer(chunks);
            resolve({ status, arrayBuffer: () => Promise.resolve(body) });
          },
          onResponseError(_c, err) {
            done();
            reject(err);
          },
        },
      );
    });
  return { call, close: () => agent.close() };
}
