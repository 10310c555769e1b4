/**
 * Starts the proxy on a real port with `@hono/node-server`, owning the upstream connection pool and
 * the database so that `close()` releases the listening socket, the pooled upstream connections and
 * the SQLite file. On first start (no operator yet) it creates the `admin` operator.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { buildProxy } from './app';
import { bootstrapAdmin } from './auth/access';
import { accessConfigOf, assertHostAllowList, type ProxyConfig } from './config';
import type { Db } from './db/database';
import { createNativeImRoute } from './native-route';
import type { ProxyLogger } from './request-log';
import { createPooledUpstream, type Upstream } from './upstream';

/** A running proxy. */
export interface RunningProxy {
  /** Where it listens, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** Stops listening, drops open connections and closes the upstream pool and the database. */
  close(): Promise<void>;
  /**
   * Set when this start created the first operator (`admin`): `generatedPassword` is the random
   * password to print once, or null when `CONSOLE_ADMIN_PASSWORD` gave it.
   */
  bootstrap: { username: string; generatedPassword: string | null } | null;
}

/** Options of `startProxy`; `logger` and `upstream` are for benchmarks and tests. */
export interface StartProxyOptions {
  config: ProxyConfig;
  staticDir?: string;
  appInfo?: { emulator: boolean };
  logger?: ProxyLogger;
  upstream?: Upstream;
  /** The database or its file; `DATA_DIR/console.db` by default. */
  db?: Db | string;
}

/**
 * Starts listening on `config.host:config.port` (port 0 picks a free one). A non-loopback host
 * needs `PUBLIC_ORIGIN` or `ALLOWED_HOSTS` (see `assertHostAllowList`).
 */
export async function startProxy(opts: StartProxyOptions): Promise<RunningProxy> {
  const { config } = opts;
  assertHostAllowList(config.host, accessConfigOf(config));
  const pool = opts.upstream ? undefined : createPooledUpstream({ timeoutMs: config.upstreamTimeoutMs });
  const parts = buildProxy({
    config,
    staticDir: opts.staticDir,
    appInfo: opts.appInfo,
    logger: opts.logger,
    upstream: opts.upstream ?? pool!.call,
    db: opts.db ?? join(config.dataDir, 'console.db'),
  });
  const { app, forward, logger, check, access } = parts;
  let bootstrap: RunningProxy['bootstrap'];
  try {
    bootstrap = await bootstrapAdmin(access);
    // Made now, so the first login naming an unknown account takes no longer than any other.
    await access.dummyHash();
  } catch (err) {
    parts.close();
    await pool?.close();
    throw err;
  }

  // The IM route is answered natively (the hot path); everything else goes through Hono.
  const native = createNativeImRoute({ forward, logger, check, access });
  const viaHono = getRequestListener(app.fetch);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = createServer((req, res) => {
      if (!native(req, res)) void viaHono(req, res);
    });
    s.listen(config.port, config.host, () => resolve(s));
    s.once('error', (err: NodeJS.ErrnoException) => {
      void pool?.close();
      parts.close();
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
      parts.close();
    },
    bootstrap,
  };
}
