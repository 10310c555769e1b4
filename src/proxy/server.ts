/**
 * Starts the proxy on a real port with `@hono/node-server`, owning the upstream connection pool so
 * that `close()` releases both the listening socket and the pooled upstream connections.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createProxy } from './app';
import { assertLoopbackHost, type ProxyConfig } from './config';
import type { ProxyLogger } from './request-log';
import { createPooledUpstream, type Upstream } from './upstream';

/** A running proxy. */
export interface RunningProxy {
  /** Where it listens, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** Stops listening, drops open connections and closes the upstream pool. */
  close(): Promise<void>;
}

/** Options of `startProxy`; `logger` and `upstream` are for benchmarks and tests. */
export interface StartProxyOptions {
  config: ProxyConfig;
  staticDir?: string;
  appInfo?: { emulator: boolean };
  logger?: ProxyLogger;
  upstream?: Upstream;
}

/** Starts listening on `config.host:config.port` (port 0 picks a free one); refuses non-loopback hosts. */
export async function startProxy(opts: StartProxyOptions): Promise<RunningProxy> {
  const { config } = opts;
  assertLoopbackHost(config.host);
  const pool = opts.upstream ? undefined : createPooledUpstream({ timeoutMs: config.upstreamTimeoutMs });
  const app = createProxy({
    config,
    staticDir: opts.staticDir,
    appInfo: opts.appInfo,
    logger: opts.logger,
    upstream: opts.upstream ?? pool!.call,
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', (err: NodeJS.ErrnoException) => {
      void pool?.close();
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(
              `PORT ${config.port} is already in use on ${config.host}: stop the other program or set PORT to a free port.`,
            )
          : err,
      );
    });
  });

  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') && !config.host.startsWith('[') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await pool?.close();
    },
  };
}
