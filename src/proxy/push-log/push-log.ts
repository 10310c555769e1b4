/**
 * The push log on SQLite (`push_log`, migration 003): every `all_member_push/im_push` the proxy
 * forwards. `begin` is one autocommitted INSERT, durable before the push goes upstream (like the audit
 * log), so a push whose answer is lost is still listed, as `pending`. `finish` writes the outcome
 * once: `ok` with the TaskId, `failed` with the IM error, or — when no IM answer came back (timeout,
 * bad answer) — the entry stays `pending` with the proxy's reason, because the push may have gone out.
 */
import { audienceKindOf } from '../../api/push-log';
import type { AuditActor } from '../audit/types';
import type { Db } from '../db/database';
import { consoleLogger, type ProxyLogger } from '../request-log';

/** The endpoint whose calls the push log keeps. */
export const PUSH_PATH = 'all_member_push/im_push';

/** A push about to go upstream. */
export interface PushStart {
  actor: AuditActor;
  requestId: string;
  /** The validated request body as JSON text (kept whole: the proxy caps bodies at 1 MiB). */
  body: string;
}

/** How the push ended: the IM answer's bytes, or the proxy's own error when no answer came back. */
export type PushEnd = { answer: Uint8Array } | { proxyErrorKind: string; message: string };

/** What the forwarder calls. */
export interface PushLog {
  /** Records the push and commits; returns the entry id. Throws if it cannot write (then the push must not go upstream). */
  begin(start: PushStart): number;
  /** Records the outcome of a push begun with `begin`. Never throws (a failure is logged). */
  finish(id: number, end: PushEnd): void;
}

/** Options of `createPushLog`. */
export interface PushLogOptions {
  nowMs?: () => number;
  logger?: ProxyLogger;
}

const INSERT = `INSERT INTO push_log (at_ms, operator_id, username, role, request_id, request_body, audience, outcome)
  VALUES (max(@at, coalesce((SELECT max(at_ms) FROM push_log), 0)), @operatorId, @username, @role, @requestId,
  @requestBody, @audience, 'pending')`;

const FINISH = `UPDATE push_log SET outcome = @outcome, task_id = @taskId, action_status = @actionStatus,
  error_code = @errorCode, error_info = @errorInfo, finished_ms = @finishedMs
  WHERE id = @id AND finished_ms IS NULL`;

/** Longest `ErrorInfo` or reason kept. */
const INFO_MAX = 500;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The columns an outcome writes. */
export interface PushFinish {
  outcome: 'pending' | 'ok' | 'failed';
  taskId: string | null;
  actionStatus: string | null;
  errorCode: number | null;
  errorInfo: string | null;
}

/** Reads how a push ended from the answer or the proxy's error. */
export function pushFinishOf(end: PushEnd): PushFinish {
  if (!('answer' in end)) {
    // Unreachable means the connection failed before the push could be delivered; anything else
    // (timeout, an answer that is not IM JSON) leaves it unknown whether the push went out.
    return {
      outcome: end.proxyErrorKind === 'upstream_unreachable' ? 'failed' : 'pending',
      taskId: null,
      actionStatus: null,
      errorCode: null,
      errorInfo: end.message.slice(0, INFO_MAX),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(end.answer).toString('utf8'));
  } catch {
    json = undefined;
  }
  if (!isRecord(json)) {
    return {
      outcome: 'pending',
      taskId: null,
      actionStatus: null,
      errorCode: null,
      errorInfo: 'The IM answer could not be read.',
    };
  }
  const actionStatus = typeof json.ActionStatus === 'string' ? json.ActionStatus : null;
  const errorCode =
    typeof json.ErrorCode === 'number' && Number.isInteger(json.ErrorCode) ? json.ErrorCode : null;
  const errorInfo =
    typeof json.ErrorInfo === 'string' && json.ErrorInfo ? json.ErrorInfo.slice(0, INFO_MAX) : null;
  const taskId = typeof json.TaskId === 'string' && json.TaskId ? json.TaskId.slice(0, 200) : null;
  const ok = actionStatus === 'OK' && (errorCode === null || errorCode === 0);
  return { outcome: ok ? 'ok' : 'failed', taskId, actionStatus, errorCode, errorInfo };
}

function audienceOf(body: string): 'all' | 'tags' | 'attrs' {
  try {
    const parsed: unknown = JSON.parse(body);
    return isRecord(parsed) ? audienceKindOf(parsed) : 'all';
  } catch {
    return 'all';
  }
}

/** Creates the push log over a migrated database. */
export function createPushLog(db: Db, opts: PushLogOptions = {}): PushLog {
  const nowMs = opts.nowMs ?? Date.now;
  const logger = opts.logger ?? consoleLogger;
  const insert = db.prepare(INSERT);
  const finish = db.prepare(FINISH);

  return {
    begin({ actor, requestId, body }) {
      const info = insert.run({
        at: Math.trunc(nowMs()),
        operatorId: actor.operatorId,
        username: actor.username,
        role: actor.role,
        requestId,
        requestBody: body,
        audience: audienceOf(body),
      });
      return Number(info.lastInsertRowid);
    },

    finish(id, end) {
      try {
        const changed = finish.run({ id, ...pushFinishOf(end), finishedMs: Math.trunc(nowMs()) }).changes;
        if (changed !== 1) logger.warn(`push log entry ${id} was already finished; not recorded again`);
      } catch (err) {
        logger.warn(
          `push log entry ${id}: could not record the outcome (${err instanceof Error ? err.message : String(err)})`,
        );
      }
    },
  };
}
