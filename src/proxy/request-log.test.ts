import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { requestId, type ProxyEnv } from './request-id';
import { PassThrough } from 'node:stream';
import { createStreamLogger, requestLog, type ProxyLogger } from './request-log';

function collector() {
  const info: string[] = [];
  const warn: string[] = [];
  const logger: ProxyLogger = { info: (l) => info.push(l), warn: (l) => warn.push(l) };
  return { info, warn, logger };
}

function app(logger: ProxyLogger) {
  let t = 0;
  return new Hono<ProxyEnv>()
    .use(requestId(() => 'rid-1'))
    .use(
      requestLog(logger, () => {
        t += 1.5;
        return t;
      }),
    )
    .get('/ok', (c) => c.text('ok'))
    .get('/bad', (c) => c.text('bad gateway', 502));
}

describe('requestLog', () => {
  it('logs method, path, status, duration and request id', async () => {
    const log = collector();
    await app(log.logger).request('/ok?usersig=secret-sig&key=k');
    expect(log.info).toEqual(['GET /ok 200 1.50ms id=rid-1']);
  });

  it('never logs the query string', async () => {
    const log = collector();
    await app(log.logger).request('/ok?usersig=secret-sig');
    expect(log.info.join('\n')).not.toContain('secret-sig');
  });

  it('sends 5xx answers to warn', async () => {
    const log = collector();
    await app(log.logger).request('/bad');
    expect(log.warn).toEqual(['GET /bad 502 1.50ms id=rid-1']);
    expect(log.info).toEqual([]);
  });

  it('logs 404s too', async () => {
    const log = collector();
    await app(log.logger).request('/nowhere', { method: 'POST' });
    expect(log.info).toEqual(['POST /nowhere 404 1.50ms id=rid-1']);
  });
});

describe('createStreamLogger', () => {
  it('writes timestamped lines in one batch per event-loop turn, warnings apart', async () => {
    const out = new PassThrough();
    const err = new PassThrough();
    const writes: string[] = [];
    out.on('data', (chunk: Buffer) => writes.push(chunk.toString()));
    const errors: string[] = [];
    err.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
    const logger = createStreamLogger(out, err);
    logger.info('one');
    logger.info('two');
    logger.warn('bad');
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z one\n\S+ two\n$/);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Z bad\n$/);
  });
});
