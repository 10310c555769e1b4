/**
 * The audit log survives `kill -9`. The real proxy runs in a child process with its database in a
 * temporary DATA_DIR, in front of an upstream that is a recording HTTP server in this process. A
 * stream of writes, each with a unique marker, goes through it; when the upstream receives the
 * HOLD_AT-th call it keeps it unanswered and SIGKILLs the proxy, so calls are in flight at every
 * stage. Then console.db is opened and the invariants checked: every answered call has its entry,
 * finished; every call the upstream received has its entry; `pending` entries are only for calls the
 * client never saw answered. Invariants, not counts, so scheduling cannot make it flake.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';

const ADMIN_PASSWORD = 'kill-test-password-1234';
const HOLD_AT = 200;
const WORKERS = 8;
const root = join(import.meta.dirname, '../../..');

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const cleanups: (() => void | Promise<void>)[] = [];
afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn();
});

describe('audit log under kill -9', () => {
  it('loses no answered entry and lets no call upstream without one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'audit-kill-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

    // The upstream: records each body's marker as it arrives; holds the HOLD_AT-th and kills the proxy.
    const upstreamSeen = new Set<string>();
    const proxyProcess: { child?: ChildProcess } = {};
    let heldMarker: string | undefined;
    let killed = false;
    const held: import('node:http').ServerResponse[] = [];
    const upstream: Server = createServer((req, res) => {
      void readBody(req).then((text) => {
        const marker = (JSON.parse(text) as { UserID: string }).UserID;
        upstreamSeen.add(marker);
        if (upstreamSeen.size === HOLD_AT) {
          heldMarker = marker;
          held.push(res);
          killed = true;
          proxyProcess.child?.kill('SIGKILL');
          return;
        }
        if (upstreamSeen.size > HOLD_AT) {
          held.push(res);
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}');
      });
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    cleanups.push(
      () =>
        new Promise<void>((r) => {
          for (const res of held) res.destroy();
          upstream.closeAllConnections();
          upstream.close(() => r());
        }),
    );
    const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;

    const proc = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/proxy/audit/child-proxy.ts')], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        IM_SDKAPPID: '1400000001',
        IM_SECRET_KEY: 'kill-test-secret-key',
        IM_BASE_URL: upstreamUrl,
        HOST: '127.0.0.1',
        PORT: '0',
        DATA_DIR: dataDir,
        CONSOLE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        UPSTREAM_TIMEOUT_MS: '60000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proxyProcess.child = proc;
    cleanups.push(() => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    });
    let stderr = '';
    proc.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<NodeJS.Signals | null>((r) => proc.once('exit', (_code, signal) => r(signal)));
    const url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: proc.stdout! });
      lines.on('line', (line) => {
        if (line.startsWith('{"url"')) resolve((JSON.parse(line) as { url: string }).url);
      });
      void exited.then(() => reject(new Error(`the proxy exited before listening: ${stderr}`)));
    });

    const login = await fetch(`${url}/api/session/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;

    // The stream: WORKERS clients, each sending writes one after another until the proxy dies.
    const sent = new Set<string>();
    const answered = new Set<string>();
    let next = 0;
    let dead = false;
    async function worker(): Promise<void> {
      while (!dead) {
        const marker = `kill_${String(next++).padStart(5, '0')}`;
        sent.add(marker);
        let status: number;
        let text: string;
        try {
          const res = await fetch(`${url}/api/im/im_open_login_svc/account_import`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ UserID: marker }),
          });
          status = res.status;
          text = await res.text();
        } catch (err) {
          if (!killed) throw err;
          dead = true; // the proxy is gone: this call's fate is unknown to the client
          return;
        }
        expect(status, text).toBe(200);
        expect((JSON.parse(text) as { ActionStatus?: string }).ActionStatus).toBe('OK');
        answered.add(marker);
      }
    }
    await Promise.all(Array.from({ length: WORKERS }, () => worker()));
    expect(await exited).toBe('SIGKILL');

    // What survived on disk.
    const db = new Database(join(dataDir, 'console.db'));
    cleanups.push(() => {
      db.close();
    });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = db
      .prepare(
        "SELECT request_body, result, http_status FROM audit_log WHERE kind = 'im_call' AND endpoint = 'im_open_login_svc/account_import'",
      )
      .all() as { request_body: string; result: string; http_status: number | null }[];
    const entries = new Map(rows.map((r) => [(JSON.parse(r.request_body) as { UserID: string }).UserID, r]));
    expect(entries.size).toBe(rows.length);

    // The kill came mid-stream: calls were answered, and one was upstream, unanswered, at the kill.
    expect(answered.size).toBeGreaterThan(0);
    expect(heldMarker).toBeDefined();
    expect(answered.has(heldMarker!)).toBe(false);

    for (const marker of answered) {
      expect(entries.get(marker), `answered ${marker}`).toMatchObject({ result: 'ok', http_status: 200 });
    }
    for (const marker of upstreamSeen) {
      expect(entries.has(marker), `went upstream: ${marker}`).toBe(true);
    }
    for (const [marker, entry] of entries) {
      expect(sent.has(marker), `entry for a call never sent: ${marker}`).toBe(true);
      if (entry.result === 'pending')
        expect(answered.has(marker), `pending but answered: ${marker}`).toBe(false);
    }
    expect(entries.get(heldMarker!)?.result).toBe('pending');
    db.close();
    cleanups.pop();

    // The proxy starts again on the same file: migrations see it current, the entries stay.
    const reopened = openDatabase(join(dataDir, 'console.db'));
    cleanups.push(() => {
      reopened.close();
    });
    expect(
      (reopened.prepare("SELECT count(*) AS n FROM audit_log WHERE kind = 'im_call'").get() as { n: number })
        .n,
    ).toBe(rows.length);
  }, 120_000);
});
