/**
 * The audit log on SQLite (`audit_log`, migration 002). `beginCall` is one autocommitted INSERT: with
 * WAL and `synchronous = FULL` (database.ts) it is on disk when it returns, before the call goes
 * upstream. `finishCall` writes the outcome once (a trigger refuses any other change); `record`
 * inserts a finished console event. Each entry keeps its summary twice: structured (`summary_data`,
 * migration 004, rendered by the console in the operator's language) and as its English line. Times never go backwards: an entry is stamped with the later of
 * the clock and the newest entry's time, so a time range is also an id range.
 */
import {
  cleanAuditSummary,
  renderAuditSummary,
  summaryValue,
  type AuditSummary,
} from '../../api/audit-summary';
import type { Db } from '../db/database';
import type { ProxyLogger } from '../request-log';
import { consoleLogger } from '../request-log';
import { keepBytes, keepText } from './body';
import { readAnswer, resultOf, type AnswerOutcome } from './outcome';
import { summarizeCall } from './summary';
import type { AuditCallEnd, AuditCallStart, AuditEvent, AuditLog } from './types';

/** Options of `createAuditLog`: the clock and where a failed `finishCall` is reported. */
export interface AuditLogOptions {
  nowMs?: () => number;
  logger?: ProxyLogger;
}

const INSERT = `INSERT INTO audit_log (at_ms, kind, operator_id, username, role, endpoint, access, request_id, ip,
  request_body, request_truncated, result, summary, summary_data, details)
  VALUES (max(@at, coalesce((SELECT max(at_ms) FROM audit_log), 0)), @kind, @operatorId, @username, @role,
  @endpoint, @access, @requestId, @ip, @requestBody, @requestTruncated, @result, @summary, @summaryData, @details)`;

const FINISH = `UPDATE audit_log SET result = @result, http_status = @httpStatus, action_status = @actionStatus,
  error_code = @errorCode, failed_items = @failedItems, duration_ms = @durationMs, response_body = @responseBody,
  response_truncated = @responseTruncated WHERE id = @id AND result = 'pending'`;

/** Results of console events: a failed login is a refusal, everything else happened. */
function eventResult(kind: AuditEvent['kind']): 'ok' | 'refused' {
  return kind === 'login_failed' ? 'refused' : 'ok';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The call's summary; a summary must never keep the entry (and so the call) from being recorded. */
function safeSummary(
  endpoint: AuditCallStart['endpoint'],
  kind: AuditCallStart['kind'],
  body: string,
): AuditSummary {
  try {
    return summarizeCall(endpoint, kind, parseJson(body));
  } catch {
    return {
      type: kind === 'content_read' ? 'contentRead' : 'call',
      command: summaryValue(endpoint.command),
    };
  }
}

/** The two summary columns: the English line (CSV export, old entries) and the structured summary it renders. */
function summaryColumns(summary: AuditSummary): { summary: string; summaryData: string } {
  const clean = cleanAuditSummary(summary);
  return { summary: renderAuditSummary(clean, 'en'), summaryData: JSON.stringify(clean) };
}

/** Creates the audit log over a migrated database. */
export function createAuditLog(db: Db, opts: AuditLogOptions = {}): AuditLog {
  const nowMs = opts.nowMs ?? Date.now;
  const logger = opts.logger ?? consoleLogger;
  const insert = db.prepare(INSERT);
  const finish = db.prepare(FINISH);

  return {
    beginCall(start: AuditCallStart): number {
      const { actor, endpoint, kind, requestId, body } = start;
      const kept = keepText(body);
      const info = insert.run({
        at: Math.trunc(nowMs()),
        kind,
        operatorId: actor.operatorId,
        username: actor.username,
        role: actor.role,
        endpoint: endpoint.path,
        access: endpoint.access,
        requestId,
        ip: actor.ip,
        requestBody: kept.text,
        requestTruncated: kept.truncated ? 1 : 0,
        result: 'pending',
        ...summaryColumns(safeSummary(endpoint, kind, body)),
        details: null,
      });
      return Number(info.lastInsertRowid);
    },

    finishCall(id: number, end: AuditCallEnd): void {
      try {
        let answer: AnswerOutcome | null = null;
        let response: { text: string; truncated: boolean } | null = null;
        if (end.answer) {
          response = keepBytes(end.answer);
          const parsed = response.truncated
            ? parseJson(Buffer.from(end.answer).toString('utf8'))
            : parseJson(response.text);
          answer = parsed === undefined ? null : readAnswer(parsed);
        }
        const changed = finish.run({
          id,
          result: resultOf(end.httpStatus, answer, end.proxyErrorKind),
          httpStatus: end.httpStatus,
          actionStatus: answer?.actionStatus ?? null,
          errorCode: answer?.errorCode ?? null,
          failedItems: answer?.failedItems ?? null,
          durationMs: Math.round(end.durationMs * 100) / 100,
          responseBody: response?.text ?? null,
          responseTruncated: response?.truncated ? 1 : 0,
        }).changes;
        if (changed !== 1)
          logger.warn(`audit entry ${id} was not pending; its outcome was not recorded again`);
      } catch (err) {
        logger.warn(
          `audit entry ${id}: could not record the outcome (${err instanceof Error ? err.message : String(err)})`,
        );
      }
    },

    record(event: AuditEvent): void {
      const { actor } = event;
      insert.run({
        at: Math.trunc(nowMs()),
        kind: event.kind,
        operatorId: actor?.operatorId ?? null,
        username: actor?.username ?? null,
        role: actor?.role ?? null,
        endpoint: null,
        access: null,
        requestId: null,
        ip: actor?.ip ?? event.ip,
        requestBody: null,
        requestTruncated: 0,
        result: eventResult(event.kind),
        ...summaryColumns(event.summary),
        details: event.details === undefined ? null : JSON.stringify(event.details),
      });
    },
  };
}
