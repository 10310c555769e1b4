/**
 * What a handler is: a function from the endpoint's parsed request (typed by its contract) to the
 * endpoint's response fields, or a thrown `ImFailure`. The pipeline does everything else (signature,
 * rate limit, JSON, admin check, schema, envelope), so handlers hold business rules only.
 */
import type { z } from 'zod';
import type { AnyEndpoint } from '../api/endpoint';
import type { CallbackPort } from './callbacks/dispatcher';
import type { Clock } from './clock';
import type { SchemaIssue } from './services';
import type { Store } from './store';

/** App-level settings handlers consult (the plan-dependent switches of 02-accounts.md "App edition switch"). */
export interface EmulatorConfig {
  sdkAppId: number;
  admins: readonly string[];
  /** Days of C2C/group history kept for roaming queries (later message handlers). */
  roamingDays: number;
  /** False mimics a paid plan without the deletion restriction lifted: `account_delete` answers 71000. */
  allowAccountDelete: boolean;
  /** Days before a deleted UserID may be re-imported (0 = trial-like, 90 = paid plans; else 70399). */
  reimportCooldownDays: number;
  /** Optional cap on live accounts (the old Trial cap was 100; beyond it 70398). */
  maxAccounts?: number;
  /** REST C2C sends refuse a globally muted sender (20012); off by default (12-global-mute.md: REST skips it). */
  restC2cMute: boolean;
  /** REST group sends refuse a globally group-muted sender (10017); on by default (12-global-mute.md). */
  restGroupMute: boolean;
}

/** Everything a handler may use besides its request. */
export interface HandlerContext {
  store: Store;
  clock: Clock;
  /** The time of this call, fixed for its whole run. */
  nowMs: number;
  nowSeconds: number;
  /** The calling admin (`identifier`). */
  caller: string;
  /** The service and command as called (an alias such as `querystate` keeps its own name here). */
  service: string;
  command: string;
  config: EmulatorConfig;
  /** The full request URL (query parameters such as `nettype`; the origin for links the emulator serves). */
  requestUrl: string;
  /** Webhooks bound to this call's origin (`RESTAPI`, caller IP); a no-op when callbacks are off (14-webhooks.md). */
  callbacks: CallbackPort;
}

type EnvelopeKey = 'ActionStatus' | 'ErrorCode' | 'ErrorInfo' | 'ErrorDisplay';

/** The fields of an endpoint's successful response, without the envelope the pipeline adds. */
export type HandlerReply<E extends AnyEndpoint> = {
  [K in keyof z.input<E['response']> as K extends EnvelopeKey ? never : K]: z.input<E['response']>[K];
};

/** A handler for one endpoint. */
export interface Handler<E extends AnyEndpoint = AnyEndpoint> {
  endpoint: E;
  /** Method syntax on purpose: the registry holds handlers of different endpoints as `AnyHandler`. */
  handle(req: z.infer<E['request']>, ctx: HandlerContext): HandlerReply<E> | Promise<HandlerReply<E>>;
  /** Overrides the service's invalid-parameter code for a schema issue of this endpoint (`body` is the raw JSON). */
  paramCode?: (issue: SchemaIssue, body: Record<string, unknown>) => number | undefined;
}

/** Declares the handler of `endpoint`, typing its request and reply from the contract. */
export function defineHandler<E extends AnyEndpoint>(
  endpoint: E,
  handle: Handler<E>['handle'],
  extra: Pick<Handler<E>, 'paramCode'> = {},
): Handler<E> {
  return { endpoint, handle, ...extra };
}

/** A handler of any endpoint, as the registry holds them. */
export type AnyHandler = Handler<AnyEndpoint>;
