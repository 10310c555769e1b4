/**
 * The webhook dispatcher (../shared/im-api/14-webhooks.md §1.1–1.4, §1.6): builds the callback URL with
 * its query parameters (and `Sign`/`RequestTime` when a token is set), POSTs the JSON body, awaits
 * before-callbacks up to the timeout, and sends after-callbacks from a bounded queue so a slow or
 * dead receiver never blocks a request or piles up memory. Counts `CallBackReq`/`CallBackRsp` and
 * keeps a delivery log.
 */
import { createHash } from 'node:crypto';
import type { Clock } from '../clock';
import { beforeCommands, callbackCommands, eventTimeCommands } from './commands';
import type { CallbackCommand } from './commands';

/** What happens when a before-callback times out, fails or answers nonsense (14-webhooks.md §1.4: unstated; default allow). */
export type FailurePolicy = 'allow' | 'deny';

/** Webhook settings of the emulated app (off when absent). */
export interface CallbackSettings {
  /** Base callback URL, `http://` or `https://` (14-webhooks.md §1.5). */
  url: string;
  /** Token for `Sign = sha256_hex(token + RequestTime)`; omit for unsigned callbacks (§1.2). */
  token?: string | undefined;
  /** Milliseconds to wait for an answer (default 2000, the message before-callback timeout of §1.4). */
  timeoutMs?: number | undefined;
  /** Before-callback failure policy (default `allow`). */
  onFailure?: FailurePolicy | undefined;
  /** Enabled commands (default all 17). */
  commands?: readonly CallbackCommand[] | undefined;
  /** After-callbacks waiting to be sent; beyond it the oldest is dropped (default 200). */
  maxQueue?: number | undefined;
  /** After-callbacks in flight at once (default 4). */
  concurrency?: number | undefined;
  /** Injected `fetch` (default the global one). */
  fetch?: typeof fetch | undefined;
}

/** Who caused an event: `RESTAPI` and the caller's IP, or a simulated client's platform. */
export interface CallbackOrigin {
  platform: string;
  clientIp: string;
}

/** A before-callback's outcome: the parsed answer, or why there is none. */
export type BeforeResult =
  { kind: 'answer'; answer: Record<string, unknown> } | { kind: 'failed'; reason: string };

/** One line of the delivery log. */
export interface Delivery {
  atMs: number;
  command: CallbackCommand;
  phase: 'before' | 'after';
  url: string;
  body: Record<string, unknown>;
  status?: number;
  latencyMs?: number;
  answer?: unknown;
  error?: string;
}

/** Counters since start. */
export interface DispatchStats {
  sent: number;
  answered: number;
  failed: number;
  dropped: number;
  queued: number;
  inFlight: number;
}

/** What handlers use: the dispatcher bound to the origin of the current request. */
export interface CallbackPort {
  readonly origin: CallbackOrigin;
  readonly failurePolicy: FailurePolicy;
  /** True when callbacks are configured and `command` is enabled. */
  on(command: CallbackCommand): boolean;
  /** Sends a before-callback and waits for its answer (or the timeout). */
  before(command: CallbackCommand, body: Record<string, unknown>): Promise<BeforeResult>;
  /** Queues an after-callback; its answer is ignored. */
  after(command: CallbackCommand, body: Record<string, unknown>): void;
}

/** What the dispatcher needs from the emulator. */
export interface DispatcherDeps {
  sdkAppId: number;
  clock: Clock;
  /** Counts `CallBackReq` / `CallBackRsp` for `getappinfo` (14-webhooks.md §1.6). */
  record?: (metric: 'CallBackReq' | 'CallBackRsp', nowSeconds: number) => void;
}

/** The default answer timeout: 2 s (14-webhooks.md §1.4). */
export const DEFAULT_CALLBACK_TIMEOUT_MS = 2000;
const LOG_SIZE = 200;

/** `lowercase_hex(sha256(token + requestTime))` (14-webhooks.md §1.2). */
export function callbackSign(token: string, requestTime: number): string {
  return createHash('sha256').update(`${token}${requestTime}`).digest('hex');
}

interface Job {
  command: CallbackCommand;
  body: Record<string, unknown>;
  origin: CallbackOrigin;
}

/** Sends callbacks for one emulated app; a no-op when `settings` is undefined. */
export class CallbackDispatcher {
  private readonly enabled: ReadonlySet<CallbackCommand>;
  private readonly queue: Job[] = [];
  private readonly aborts = new Set<AbortController>();
  private readonly log: Delivery[] = [];
  private readonly waiters: (() => void)[] = [];
  private readonly counts = { sent: 0, answered: 0, failed: 0, dropped: 0 };
  private inFlight = 0;
  private closed = false;

  constructor(
    readonly settings: CallbackSettings | undefined,
    private readonly deps: DispatcherDeps,
  ) {
    this.enabled = new Set(settings ? (settings.commands ?? callbackCommands) : []);
  }

  /** The failure policy of before-callbacks. */
  get failurePolicy(): FailurePolicy {
    return this.settings?.onFailure ?? 'allow';
  }

  /** True when callbacks are configured and `command` is enabled. */
  on(command: CallbackCommand): boolean {
    return !this.closed && this.enabled.has(command);
  }

  /** The full URL of one callback (§1.1 parameters; `Sign`/`RequestTime` with a token). */
  urlFor(command: CallbackCommand, origin: CallbackOrigin): string {
    const url = new URL(this.settings?.url ?? 'http://127.0.0.1/');
    const q = url.searchParams;
    q.set('SdkAppid', String(this.deps.sdkAppId));
    q.set('CallbackCommand', command);
    q.set('contenttype', 'json');
    q.set('ClientIP', origin.clientIp);
    q.set('OptPlatform', origin.platform);
    if (this.settings?.token !== undefined) {
      const requestTime = Math.floor(this.deps.clock.nowMs() / 1000);
      q.set('Sign', callbackSign(this.settings.token, requestTime));
      q.set('RequestTime', String(requestTime));
    }
    return url.toString();
  }

  /** The body as sent: `CallbackCommand` first, `EventTime` last where the docs list it. */
  bodyFor(command: CallbackCommand, fields: Record<string, unknown>): Record<string, unknown> {
    return {
      CallbackCommand: command,
      ...fields,
      ...(eventTimeCommands.has(command) ? { EventTime: this.deps.clock.nowMs() } : {}),
    };
  }

  /** Sends a before-callback and waits for the answer; `failed` on timeout, HTTP error or a bad answer. */
  async before(
    command: CallbackCommand,
    fields: Record<string, unknown>,
    origin: CallbackOrigin,
  ): Promise<BeforeResult> {
    if (!this.on(command)) return { kind: 'failed', reason: 'callback disabled' };
    const r = await this.send({ command, body: this.bodyFor(command, fields), origin }, 'before');
    if (r.error !== undefined) return { kind: 'failed', reason: r.error };
    return { kind: 'answer', answer: r.answer as Record<string, unknown> };
  }

  /** Queues an after-callback (fire and forget); drops the oldest waiting one when the queue is full. */
  after(command: CallbackCommand, fields: Record<string, unknown>, origin: CallbackOrigin): void {
    if (!this.on(command) || beforeCommands.has(command)) return;
    this.queue.push({ command, body: this.bodyFor(command, fields), origin });
    if (this.queue.length > (this.settings?.maxQueue ?? 200)) {
      const dropped = this.queue.shift();
      this.counts.dropped++;
      if (dropped) this.remember({ ...this.entry(dropped, 'after'), error: 'dropped: queue full' });
    }
    // Sent on a later tick, after the handler's state change is committed and its answer built.
    setImmediate(() => this.pump());
  }

  /** Binds the dispatcher to one request's origin, for handlers. */
  forRequest(origin: CallbackOrigin): CallbackPort {
    return {
      origin,
      failurePolicy: this.failurePolicy,
      on: (command) => this.on(command),
      before: (command, body) => this.before(command, body, origin),
      after: (command, body) => this.after(command, body, origin),
    };
  }

  /** Resolves when no after-callback is waiting or in flight (tests, shutdown). */
  idle(): Promise<void> {
    if (this.queue.length === 0 && this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** The newest deliveries, oldest first (at most 200). */
  deliveries(): readonly Delivery[] {
    return [...this.log];
  }

  /** Empties the delivery log. */
  clearLog(): void {
    this.log.length = 0;
  }

  /** Counters since start. */
  stats(): DispatchStats {
    return { ...this.counts, queued: this.queue.length, inFlight: this.inFlight };
  }

  /** Drops waiting after-callbacks and aborts those in flight; nothing is sent afterwards. */
  close(): void {
    this.closed = true;
    this.counts.dropped += this.queue.length;
    this.queue.length = 0;
    for (const a of this.aborts) a.abort();
    this.settle();
  }

  private pump(): void {
    const limit = this.settings?.concurrency ?? 4;
    while (!this.closed && this.inFlight < limit && this.queue.length > 0) {
      const job = this.queue.shift() as Job;
      this.inFlight++;
      void this.send(job, 'after').finally(() => {
        this.inFlight--;
        this.pump();
        this.settle();
      });
    }
    this.settle();
  }

  private settle(): void {
    if (this.queue.length > 0 || this.inFlight > 0) return;
    for (const w of this.waiters.splice(0)) w();
  }

  private entry(job: Job, phase: Delivery['phase']): Delivery {
    return {
      atMs: this.deps.clock.nowMs(),
      command: job.command,
      phase,
      url: this.urlFor(job.command, job.origin),
      body: job.body,
    };
  }

  private remember(d: Delivery): void {
    this.log.push(d);
    if (this.log.length > LOG_SIZE) this.log.splice(0, this.log.length - LOG_SIZE);
  }

  /** One POST with a timeout; never throws. `error` is set unless the answer is a JSON object with a numeric `ErrorCode`. */
  private async send(job: Job, phase: Delivery['phase']): Promise<Delivery> {
    const d = this.entry(job, phase);
    const nowSeconds = Math.floor(d.atMs / 1000);
    const abort = new AbortController();
    this.aborts.add(abort);
    const timeoutMs = this.settings?.timeoutMs ?? DEFAULT_CALLBACK_TIMEOUT_MS;
    const timer = setTimeout(() => abort.abort(new Error('timeout')), timeoutMs);
    const started = performance.now();
    this.counts.sent++;
    this.deps.record?.('CallBackReq', nowSeconds);
    try {
      const doFetch = this.settings?.fetch ?? fetch;
      const res = await doFetch(d.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(d.body),
        signal: abort.signal,
      });
      d.status = res.status;
      const text = await res.text();
      this.counts.answered++;
      this.deps.record?.('CallBackRsp', nowSeconds);
      d.answer = parseJson(text);
      if (res.status !== 200) d.error = `HTTP ${res.status}`;
      else if (!isAnswer(d.answer)) d.error = 'invalid answer: not a JSON object with a numeric ErrorCode';
    } catch (e) {
      d.error = abort.signal.aborted
        ? this.closed
          ? 'aborted: dispatcher closed'
          : `timeout after ${timeoutMs} ms`
        : `network error: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      clearTimeout(timer);
      this.aborts.delete(abort);
    }
    if (d.error !== undefined) this.counts.failed++;
    d.latencyMs = Math.round(performance.now() - started);
    this.remember(d);
    return d;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function isAnswer(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as { ErrorCode?: unknown }).ErrorCode === 'number'
  );
}
