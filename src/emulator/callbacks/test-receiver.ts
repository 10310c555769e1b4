/**
 * A webhook receiver for tests: an HTTP server on 127.0.0.1 (port 0) that records every callback
 * (path, query parameters, JSON body) and answers as the test says — allow, refuse, modify, slowly.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';

/** One recorded callback. */
export interface ReceivedCallback {
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown>;
  contentType: string | undefined;
}

/** How the receiver answers one callback. */
export interface ReceiverReply {
  status?: number;
  /** The answer body (default `{ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: ''}`); a string is sent raw. */
  json?: unknown;
  /** Wait this long before answering. */
  delayMs?: number;
}

/** A running receiver. */
export interface TestReceiver {
  url: string;
  received: ReceivedCallback[];
  /** Callbacks of one command, in arrival order. */
  of(command: string): ReceivedCallback[];
  /** Sets the answer for later callbacks (per command or for all). */
  reply: (answer: (cb: ReceivedCallback) => ReceiverReply | undefined) => void;
  close(): Promise<void>;
}

/** The documented "handled" answer (14-webhooks.md §1.3). */
export const OK_ANSWER = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };

/** Starts a receiver on 127.0.0.1 at a free port. */
export async function startReceiver(): Promise<TestReceiver> {
  const received: ReceivedCallback[] = [];
  let answer: (cb: ReceivedCallback) => ReceiverReply | undefined = () => undefined;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://receiver');
      const cb: ReceivedCallback = {
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>,
        contentType: req.headers['content-type'],
      };
      received.push(cb);
      const r = answer(cb) ?? {};
      const send = () => {
        if (res.destroyed) return;
        const text = typeof r.json === 'string' ? r.json : JSON.stringify(r.json ?? OK_ANSWER);
        res.writeHead(r.status ?? 200, { 'Content-Type': 'application/json' }).end(text);
      };
      if (r.delayMs) {
        const t = setTimeout(() => {
          timers.delete(t);
          send();
        }, r.delayMs);
        timers.add(t);
      } else send();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/imcallback`,
    received,
    of: (command) => received.filter((r) => r.body.CallbackCommand === command),
    reply: (fn) => {
      answer = fn;
    },
    close: async () => {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
