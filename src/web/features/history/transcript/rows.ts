/**
 * The rows of a transcript as the virtual list draws them: a head row (load older / start of
 * history), a separator before each new local day, the messages, and runs of deleted or expired
 * group placeholders folded into one row. Pure functions, so they are tested without a browser.
 */
import type { ResponseMsgBody } from '../../../../api/elements';
import type { TranscriptMessage } from '../model';

/** One row of the list. */
export type TranscriptRow =
  | { kind: 'head'; key: 'head' }
  | { kind: 'day'; key: string; time: number }
  | { kind: 'message'; key: string; message: TranscriptMessage }
  | { kind: 'gap'; key: string; fromSeq: number; toSeq: number; count: number };

/** The local calendar day of a Unix time, as `YYYY-MM-DD` (the separator's identity). */
export function localDay(seconds: number): string {
  const d = new Date(seconds * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Builds the rows for messages listed oldest first. A placeholder run of two or more becomes one
 * `gap` row; a lone placeholder stays a message row (so it can still be selected and inspected).
 */
export function buildRows(messages: readonly TranscriptMessage[]): TranscriptRow[] {
  const rows: TranscriptRow[] = [{ kind: 'head', key: 'head' }];
  let day: string | undefined;
  let i = 0;
  while (i < messages.length) {
    const m = messages[i] as TranscriptMessage;
    if (m.placeholder) {
      let j = i;
      while (j + 1 < messages.length && (messages[j + 1] as TranscriptMessage).placeholder) j++;
      if (j > i) {
        const last = messages[j] as TranscriptMessage;
        rows.push({ kind: 'gap', key: `gap:${m.id}`, fromSeq: m.seq, toSeq: last.seq, count: j - i + 1 });
        i = j + 1;
        continue;
      }
    }
    if (m.time !== undefined && !m.placeholder) {
      const d = localDay(m.time);
      if (d !== day) {
        rows.push({ kind: 'day', key: `day:${d}`, time: m.time });
        day = d;
      }
    }
    rows.push({ kind: 'message', key: m.id, message: m });
    i++;
  }
  return rows;
}

/** Characters per step of a text's length in `rowShape` (a step is well under one line of a bubble). */
const TEXT_STEP = 32;

/**
 * What decides a row's drawn height, as a key: rows with the same shape are drawn the same height (the
 * virtual list uses the last measured height of a shape as the estimate of the rows not drawn yet).
 * A message's shape is its side (the `viewpoint`'s own messages have no border), its marks and, per
 * element, the type — for text, the line breaks and the length in steps of 32 characters.
 */
export function rowShape(row: TranscriptRow, viewpoint: string | undefined): string {
  if (row.kind !== 'message') return row.kind;
  const m = row.message;
  const parts = [
    m.from !== undefined && m.from === viewpoint ? 'mine' : 'theirs',
    m.placeholder ? 'placeholder' : m.recalled ? 'recalled' : '',
  ];
  for (const el of m.body) {
    const c = el.MsgContent;
    const text =
      el.MsgType === 'TIMTextElem' && typeof c === 'object' && c !== null
        ? (c as { Text?: unknown }).Text
        : undefined;
    if (typeof text === 'string') {
      let breaks = 0;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks++;
      parts.push(`text:${breaks}:${Math.ceil(text.length / TEXT_STEP)}`);
    } else parts.push(String(el.MsgType));
  }
  return parts.join('|');
}

/** The searchable text of a body: texts, custom data and descriptions, file names, locations. */
export function bodyText(body: ResponseMsgBody): string {
  const parts: string[] = [];
  for (const el of body) {
    const c = el.MsgContent;
    if (typeof c !== 'object' || c === null) continue;
    for (const field of ['Text', 'Data', 'Desc', 'Ext', 'FileName', 'Title', 'Abstract']) {
      const v = (c as Record<string, unknown>)[field];
      if (typeof v === 'string' && v) parts.push(v);
    }
  }
  return parts.join('\n');
}

/** The ids of messages whose body or sender contains `query` (case-insensitive), oldest first. */
export function findMatches(messages: readonly TranscriptMessage[], query: string): string[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [];
  const out: string[] = [];
  for (const m of messages) {
    if (m.placeholder) continue;
    if (bodyText(m.body).toLocaleLowerCase().includes(q)) out.push(m.id);
  }
  return out;
}
