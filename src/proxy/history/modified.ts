/**
 * Which C2C messages were modified through this console: the successful `openim/modify_c2c_msg`
 * entries of the audit log for one pair of users, newest first. The IM API keeps no marker of a
 * modification (03-c2c-messages.md, modify_c2c_msg), so this is the only record there is.
 *
 * The search uses the `audit_log_endpoint (endpoint, id)` index, so it reads only modify entries,
 * newest first, and stops after `limit` matches. Request bodies are kept whole up to 64 KiB; a body
 * cut by the audit log (a huge CloudCustomData) is no longer JSON, and its addressing fields, which
 * the console sends first, are read from the kept text instead.
 */
import type { ModifiedEntry, ModifiedList, ModifiedQuery } from '../../api/history-api';
import type { Db } from '../db/database';

const MODIFY_ENDPOINT = 'openim/modify_c2c_msg';

const SQL = `SELECT id, at_ms, username, request_body, request_truncated FROM audit_log
  WHERE endpoint = @endpoint AND result = 'ok' AND request_body IS NOT NULL AND (
    request_truncated = 1 OR (json_valid(request_body) AND (
      (json_extract(request_body, '$.From_Account') = @a AND json_extract(request_body, '$.To_Account') = @b)
      OR (json_extract(request_body, '$.From_Account') = @b AND json_extract(request_body, '$.To_Account') = @a))))
  ORDER BY id DESC`;

interface Row {
  id: number;
  at_ms: number;
  username: string | null;
  request_body: string;
  request_truncated: number;
}

interface Addressed {
  From_Account?: unknown;
  To_Account?: unknown;
  MsgKey?: unknown;
  MsgBody?: unknown;
  CloudCustomData?: unknown;
}

/** A JSON string field read from text that may have been cut (first occurrence). */
function stringField(text: string, name: string): string | undefined {
  const match = new RegExp(`"${name}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(text);
  if (!match) return undefined;
  try {
    const value: unknown = JSON.parse(match[1]!);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

function readBody(row: Row): Addressed | undefined {
  if (row.request_truncated !== 1) {
    try {
      return JSON.parse(row.request_body) as Addressed;
    } catch {
      return undefined;
    }
  }
  const text = row.request_body;
  return {
    From_Account: stringField(text, 'From_Account'),
    To_Account: stringField(text, 'To_Account'),
    MsgKey: stringField(text, 'MsgKey'),
    // A cut body names the fields it carried before the cut; both are reported when present.
    MsgBody: /"MsgBody"\s*:/.test(text) ? [] : undefined,
    CloudCustomData: /"CloudCustomData"\s*:/.test(text) ? '' : undefined,
  };
}

/** The console's modifications of messages between `viewpoint` and `peer`, newest first, at most `limit`. */
export function listModified(db: Db, query: ModifiedQuery, limit: number): ModifiedList {
  const { viewpoint: a, peer: b } = query;
  const entries: ModifiedEntry[] = [];
  let truncated = false;
  for (const row of db.prepare(SQL).iterate({ endpoint: MODIFY_ENDPOINT, a, b }) as Iterable<Row>) {
    const body = readBody(row);
    if (!body) continue;
    const { From_Account: from, To_Account: to, MsgKey: msgKey } = body;
    if (typeof from !== 'string' || typeof to !== 'string' || typeof msgKey !== 'string') continue;
    if (!((from === a && to === b) || (from === b && to === a))) continue;
    if (entries.length === limit) {
      truncated = true;
      break;
    }
    const fields: ModifiedEntry['fields'] = [];
    if (body.MsgBody !== undefined) fields.push('MsgBody');
    if (body.CloudCustomData !== undefined) fields.push('CloudCustomData');
    entries.push({
      msgKey,
      from,
      to,
      at: new Date(row.at_ms).toISOString(),
      operator: row.username,
      fields,
      auditId: row.id,
    });
  }
  return { entries, truncated };
}
