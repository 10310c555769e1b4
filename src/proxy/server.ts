/**
 * Starts the proxy on a real port with `@hono/node-server`, owning the upstream connection pool so
 * that `close()` releases both the listening socket and the pooled upstream connections.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { buildProxy } from './app';
import { assertLoopbackHost, type ProxyConfig } from './config';
import { createNativeImRoute } from './native-route';
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
  const { app, forward, logger, check } = buildProxy({
    config,
    staticDir: opts.staticDir,
    appInfo: opts.appInfo,
    logger: opts.logger,
    upstream: opts.upstream ?? pool!.call,
  });

  // The IM route is answered natively (the hot path); everything else goes through Hono.
  const native = createNativeImRoute({ forward, logger, check });
  const viaHono = getRequestListener(app.fetch);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = createServer((req, res) => {
      if (!native(req, res)) void viaHono(req, res);
    });
    s.listen(config.port, config.host, () => resolve(s));
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
        server.closeAllConnections();
      });
      await pool?.close();
    },
  };
}
