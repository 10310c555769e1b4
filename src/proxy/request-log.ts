/**
 * Request log middleware: one line per request with method, path, status, duration and request id.
 * Only the path is logged, never the query string or any header, so neither the secret key nor a
 * UserSig can reach the log (the UserSig lives only in the upstream URL, which is never logged).
 */
import type { MiddlewareHandler } from 'hono';
import type { ProxyEnv } from './request-id';

/** Where the proxy writes its lines; inject a collector in tests or a no-op in benchmarks. */
export interface ProxyLogger {
  info(line: string): void;
  warn(line: string): void;
}

/** A logger that buffers lines and writes them once per event-loop turn, so busy moments cost one write, not one per request. */
export function createStreamLogger(out: NodeJS.WritableStream, err: NodeJS.WritableStream): ProxyLogger {
  const pending = new Map<NodeJS.WritableStream, string[]>([
    [out, []],
    [err, []],
  ]);
  let scheduled = false;
  function flush(): void {
    scheduled = false;
    for (const [stream, lines] of pending) {
      if (lines.length === 0) continue;
      stream.write(lines.join(''));
      lines.length = 0;
    }
  }
  function push(stream: NodeJS.WritableStream, line: string): void {
    pending.get(stream)!.push(`${new Date().toISOString()} ${line}\n`);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  }
  return { info: (line) => push(out, line), warn: (line) => push(err, line) };
}

/** Writes lines to stdout (info) and stderr (warn) with an ISO timestamp. */
export const consoleLogger: ProxyLogger = createStreamLogger(process.stdout, process.stderr);

/** A logger that drops everything. */
export const silentLogger: ProxyLogger = { info: () => {}, warn: () => {} };

/** Control characters are replaced so a crafted path cannot forge log lines. */
function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, '?');
}

/** Writes the line `METHOD /path STATUS 1.23ms id=...`; 5xx answers go to `warn`. */
export function logRequest(
  logger: ProxyLogger,
  method: string,
  path: string,
  status: number,
  elapsedMs: number,
  id: string | undefined,
): void {
  const line = `${method} ${printable(path)} ${status} ${elapsedMs.toFixed(2)}ms id=${id ?? '-'}`;
  if (status >= 500) logger.warn(line);
  else logger.info(line);
}

/** Logs `METHOD /path STATUS 1.23ms id=...` after each request; 5xx answers go to `warn`. */
export function requestLog(
  logger: ProxyLogger,
  elapsedMs: () => number = () => performance.now(),
): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    const start = elapsedMs();
    await next();
    logRequest(logger, c.req.method, c.req.path, c.res.status, elapsedMs() - start, c.get('requestId'));
  };
}
