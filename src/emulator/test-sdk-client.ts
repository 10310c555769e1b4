/**
 * A small IM server-SDK look-alike for scenario tests: it builds the request the way Tencent's server
 * SDKs do (../shared/im-api/01-conventions.md §2: `POST /v4/<service>/<command>?sdkappid=&identifier=
 * &usersig=&random=&contenttype=json`, a fresh uint32 `random` per call, a JSON body, a cached admin
 * UserSig re-signed before it expires) over a keep-alive connection pool (§5 "persistent connections").
 * It knows nothing of this project's contract or signer: the UserSig comes from the injected `sign`.
 */
import { Pool } from 'undici';

/** Signs a UserSig for `identifier` valid `expireSeconds` from the signer's own "now". */
export type UserSigSigner = (identifier: string, expireSeconds: number) => string;

/** How to build a client. */
export interface SdkClientOptions {
  /** Base URL of the IM domain, e.g. `http://127.0.0.1:9100`. */
  baseUrl: string;
  sdkAppId: number;
  /** The App administrator the client calls as (01-conventions.md §6). */
  identifier: string;
  sign: UserSigSigner;
  /** Validity of each UserSig (default 1 day, as the SDKs' samples use). */
  expireSeconds?: number;
  /** Current Unix milliseconds for the UserSig cache (default `Date.now`). */
  now?: () => number;
  /** A uint32 per request (default a seeded generator, so runs are repeatable). */
  random?: () => number;
  /** Keep-alive connections in the pool (default 2). */
  connections?: number;
}

/** One call as the client made and received it. */
export interface SdkCall {
  path: string;
  query: URLSearchParams;
  body: unknown;
  status: number;
  contentType: string | undefined;
  answer: Record<string, unknown>;
}

/** A minimal IM REST client that signs, builds URLs and posts exactly like the official server SDKs. */
export class ImServerClient {
  /** Every call made so far, oldest first. */
  readonly calls: SdkCall[] = [];
  /** How many TCP connections the pool has opened (keep-alive keeps this small). */
  connectionsOpened = 0;

  private readonly pool: Pool;
  private readonly expireSeconds: number;
  private readonly now: () => number;
  private readonly random: () => number;
  private cached: { userSig: string; renewAtMs: number } | undefined;

  constructor(private readonly options: SdkClientOptions) {
    this.expireSeconds = options.expireSeconds ?? 86_400;
    this.now = options.now ?? (() => Date.now());
    this.random = options.random ?? seededUint32(0x5eed);
    this.pool = new Pool(options.baseUrl, { connections: options.connections ?? 2, pipelining: 1 });
    this.pool.on('connect', () => {
      this.connectionsOpened += 1;
    });
  }

  /** The cached admin UserSig, re-signed once 90 % of its validity has passed (as the SDKs cache it). */
  userSig(): string {
    const nowMs = this.now();
    if (!this.cached || nowMs >= this.cached.renewAtMs) {
      this.cached = {
        userSig: this.options.sign(this.options.identifier, this.expireSeconds),
        renewAtMs: nowMs + this.expireSeconds * 900,
      };
    }
    return this.cached.userSig;
  }

  /** Posts `body` to `service/command` and returns the parsed JSON answer (HTTP 200 for every IM outcome). */
  async call<T extends Record<string, unknown> = Record<string, unknown>>(
    service: string,
    command: string,
    body: unknown = {},
  ): Promise<T> {
    const query = new URLSearchParams({
      sdkappid: String(this.options.sdkAppId),
      identifier: this.options.identifier,
      usersig: this.userSig(),
      random: String(this.random()),
      contenttype: 'json',
    });
    const path = `${service}/${command}`;
    const res = await this.pool.request({
      path: `/v4/${path}?${query.toString()}`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.body.text();
    const contentType = res.headers['content-type'];
    const answer = JSON.parse(text) as T;
    this.calls.push({
      path,
      query,
      body,
      status: res.statusCode,
      contentType: Array.isArray(contentType) ? contentType[0] : contentType,
      answer,
    });
    return answer;
  }

  /** Closes the pooled connections. */
  async close(): Promise<void> {
    await this.pool.close();
  }
}

/** A repeatable uint32 generator (mulberry32), standing in for the SDKs' `rand(0, 2^32-1)`. */
export function seededUint32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}
