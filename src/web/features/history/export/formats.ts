/**
 * The three export formats of a transcript, as pure functions of the messages and a description of
 * the export: JSON (the API's own message objects, untouched), CSV (one row per message, every cell
 * neutralised against formula injection) and a self-contained printable HTML transcript (every value
 * escaped, no script, no remote resource, and a CSP that forbids both should escaping ever miss).
 */
import { toCsv } from '../../../../api/csv';
import type { Language } from '../../../lib/i18n/i18n';
import { bodyText } from '../elements/element-text';
import {
  formatBytes,
  formatCoordinate,
  formatDuration,
  imageRenditions,
  mapUrl,
  prettyJson,
  safeUrl,
  viewElement,
} from '../elements/element-view';
import { elementMessages } from '../elements/messages';
import type { TranscriptMessage, TranscriptTarget } from '../model';
import { exportMessages } from './messages';

/** What an export holds and who made it, written into every file. */
export interface ExportMeta {
  target: TranscriptTarget;
  /** What is exported: the messages loaded on screen, or a time window (Unix seconds, inclusive). */
  scope: { kind: 'loaded' } | { kind: 'range'; from: number; to: number };
  /** When the export was made (milliseconds). */
  exportedAt: number;
  /** The signed-in operator, when known. */
  operator?: { username: string; displayName: string };
  lang: Language;
  /** IANA time zone for local times (default: the browser's). */
  timeZone?: string;
}

/** The export formats. */
export type ExportFormat = 'json' | 'csv' | 'html';

/** MIME type of each format (CSV gets a BOM on download so spreadsheets read UTF-8). */
export const exportMimeTypes: Record<ExportFormat, string> = {
  json: 'application/json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  html: 'text/html;charset=utf-8',
};

function zoneOf(meta: ExportMeta): string {
  return meta.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** `2026-11-26 18:30:05` in `timeZone`. */
export function localTime(seconds: number, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(seconds * 1000))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The transcript's title ("Chat between alice and bob"). */
export function exportTitle(target: TranscriptTarget, lang: Language): string {
  const t = exportMessages[lang].file.title;
  switch (target.kind) {
    case 'c2c':
      return t.c2c(target.viewpoint, target.peer);
    case 'group':
      return t.group(target.groupId);
    case 'topic':
      return t.topic(target.topicId);
  }
}

/** A file name for the export: kind, addresses, and the export time; safe on every file system. */
export function exportFileName(meta: ExportMeta, format: ExportFormat): string {
  const who =
    meta.target.kind === 'c2c'
      ? [meta.target.viewpoint, meta.target.peer]
      : meta.target.kind === 'group'
        ? [meta.target.groupId]
        : [meta.target.topicId];
  const stamp = iso(Math.floor(meta.exportedAt / 1000))
    .replace(/[-:]/g, '')
    .replace(/Z$/, 'Z');
  const parts = ['transcript', meta.target.kind, ...who, stamp].map((p) =>
    p.replace(/[^\p{L}\p{N}_.-]+/gu, '_').slice(0, 64),
  );
  return `${parts.join('-')}.${format}`;
}

function scopeJson(meta: ExportMeta) {
  return meta.scope.kind === 'loaded'
    ? { kind: 'loaded' }
    : { kind: 'range', from: iso(meta.scope.from), to: iso(meta.scope.to) };
}

/**
 * JSON: a small header and `messages`, the API's own objects (`raw`) oldest first, exactly as
 * returned (`admin_getroammsg` `MsgList` items, or `group_msg_get_simple` `RspMsgList` items).
 */
export function toJsonExport(messages: readonly TranscriptMessage[], meta: ExportMeta): string {
  return (
    JSON.stringify(
      {
        transcript: meta.target,
        scope: scopeJson(meta),
        exportedAt: new Date(meta.exportedAt).toISOString(),
        ...(meta.operator ? { exportedBy: meta.operator.username } : {}),
        count: messages.length,
        messages: messages.map((m) => m.raw),
      },
      null,
      2,
    ) + '\n'
  );
}

function statusOf(m: TranscriptMessage): 'recalled' | 'deleted' | 'normal' {
  return m.recalled ? 'recalled' : m.placeholder ? 'deleted' : 'normal';
}

/** CSV: a header row and one row per message (RFC 4180, CRLF), formula-like cells prefixed with `'`. */
export function toCsvExport(messages: readonly TranscriptMessage[], meta: ExportMeta): string {
  const c = exportMessages[meta.lang].file.csv;
  const zone = zoneOf(meta);
  const header = [
    c.time,
    c.localTime,
    c.from,
    c.to,
    c.id,
    c.seq,
    c.random,
    c.status,
    c.types,
    c.text,
    c.cloudCustomData,
    c.body,
  ];
  const to = (m: TranscriptMessage) =>
    m.to ??
    (meta.target.kind === 'c2c'
      ? ''
      : meta.target.kind === 'topic'
        ? meta.target.topicId
        : meta.target.groupId);
  const rows = messages.map((m) => [
    m.time !== undefined ? iso(m.time) : '',
    m.time !== undefined ? localTime(m.time, zone) : '',
    m.from ?? '',
    to(m),
    m.id,
    m.seq,
    m.random,
    c[statusOf(m)],
    m.body.map((e) => e.MsgType).join(' '),
    bodyText(m.body, meta.lang),
    m.cloudCustomData ?? '',
    JSON.stringify(m.body),
  ]);
  return toCsv(header, rows);
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A link whose text is the URL itself, so a printed transcript keeps the address. */
function link(url: string | undefined, label?: string): string {
  const safe = safeUrl(url);
  if (!safe) return url ? `<code>${escapeHtml(url)}</code>` : '';
  return `<a href="${escapeHtml(safe)}" rel="noopener noreferrer">${escapeHtml(label ?? safe)}</a>`;
}

/** One element as HTML: text as text, media as a description and a link (nothing is loaded). */
function elementHtml(element: TranscriptMessage['body'][number], lang: Language, depth: number): string {
  const m = elementMessages[lang];
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const bytes = (n: number | undefined) => (n === undefined ? '' : formatBytes(n, m.size, locale));
  const join = (...parts: string[]) => parts.filter(Boolean).join(' · ');
  const view = viewElement(element);
  switch (view.kind) {
    case 'text':
      return `<p class="text">${escapeHtml(view.content.Text)}</p>`;
    case 'face':
      return `<p class="el">${escapeHtml(m.summary.face(view.content.Index, view.content.Data ?? ''))}</p>`;
    case 'location': {
      const lat = formatCoordinate(view.content.Latitude);
      const lon = formatCoordinate(view.content.Longitude);
      return `<p class="el">${escapeHtml(join(m.location.label, view.content.Desc ?? ''))} (${escapeHtml(`${lat}, ${lon}`)}) ${link(mapUrl(view.content.Latitude, view.content.Longitude), m.location.map)}</p>`;
    }
    case 'custom': {
      const data = view.content.Data ?? '';
      const extra = (['Desc', 'Ext', 'Sound'] as const)
        .filter((k) => view.content[k])
        .map((k) => `<div class="small">${k}: ${escapeHtml(view.content[k] ?? '')}</div>`)
        .join('');
      return `<div class="el"><div class="small">${escapeHtml(m.custom.label)}</div><pre>${escapeHtml(prettyJson(data) ?? data)}</pre>${extra}</div>`;
    }
    case 'image': {
      const { large, original } = imageRenditions(view.content);
      const main = original ?? large;
      const details = join(
        view.content.ImageFormat !== undefined ? (m.image.format[view.content.ImageFormat] ?? '') : '',
        main?.Width && main.Height ? `${main.Width}×${main.Height}` : '',
        bytes(main?.Size),
      );
      return `<p class="el">${escapeHtml(join(m.image.label, details))} ${link(main?.URL)}</p>`;
    }
    case 'sound': {
      const details = join(
        view.content.Second !== undefined ? formatDuration(view.content.Second) : '',
        bytes(view.content.Size),
      );
      return `<p class="el">${escapeHtml(join(m.sound.label, details))} ${link(view.content.Url)}</p>`;
    }
    case 'video': {
      const details = join(
        view.content.VideoFormat?.toUpperCase() ?? '',
        view.content.VideoSecond !== undefined ? formatDuration(view.content.VideoSecond) : '',
        bytes(view.content.VideoSize),
      );
      return `<p class="el">${escapeHtml(join(m.video.label, details))} ${link(view.content.VideoUrl)}</p>`;
    }
    case 'file':
      return `<p class="el">${escapeHtml(join(m.file.label, view.content.FileName || m.file.unnamed, bytes(view.content.FileSize)))} ${link(view.content.Url)}</p>`;
    case 'relay': {
      const list = view.content.MsgList ?? [];
      const head = `<div class="small">${escapeHtml(join(view.content.Title || m.relay.untitled, m.relay.label, m.relay.count(view.content.MsgNum ?? list.length)))}</div>`;
      const inner =
        depth >= 2
          ? `<pre>${escapeHtml(JSON.stringify(list, null, 2))}</pre>`
          : list
              .map(
                (item) =>
                  `<div class="nested"><div class="small">${escapeHtml(item.From_Account ?? '')}${item.MsgTimeStamp ? ` · ${escapeHtml(iso(item.MsgTimeStamp))}` : ''}</div>${(item.MsgBody ?? []).map((e) => elementHtml(e, lang, depth + 1)).join('')}</div>`,
              )
              .join('');
      return `<div class="el relay">${head}${inner}</div>`;
    }
    case 'raw':
      return `<div class="el raw"><div class="small">${escapeHtml(view.reason === 'unknown' ? m.raw.unknown(view.type || m.raw.noType) : m.raw.malformed(view.type))}</div><pre>${escapeHtml(JSON.stringify(view.content, null, 2) ?? '')}</pre></div>`;
  }
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; }
body { margin: 24px auto; max-width: 820px; padding: 0 16px; color: #1a1b1e; background: #fff; }
h1 { font-size: 20px; margin: 0 0 4px; }
header { border-bottom: 1px solid #ddd; padding-bottom: 12px; margin-bottom: 16px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; font-size: 13px; }
dt { color: #666; } dd { margin: 0; }
.note { font-size: 12px; color: #666; margin: 4px 0; }
.day { text-align: center; font-size: 12px; color: #666; margin: 18px 0 8px; font-weight: 600; }
article { margin: 6px 0; padding: 8px 10px; border: 1px solid #e3e3e3; border-radius: 10px; max-width: 85%; break-inside: avoid; page-break-inside: avoid; }
article.self { margin-left: auto; background: #eef5ff; border-color: #cfe0fb; }
article.recalled { border-style: dashed; }
.meta { font-size: 12px; color: #555; margin-bottom: 4px; }
.meta .from { font-weight: 600; color: #1a1b1e; }
.meta .id, .utc { color: #888; }
.badge { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 8px; background: #ffe8cc; color: #a05a00; margin-left: 6px; }
.badge.deleted { background: #eee; color: #555; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 2px 0; }
.el { margin: 4px 0; overflow-wrap: anywhere; }
.small { font-size: 12px; color: #666; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; padding: 6px 8px; border-radius: 6px; font-size: 12px; margin: 4px 0; }
.nested { border-left: 3px solid #ddd; padding-left: 8px; margin: 4px 0; }
.ccd { font-size: 12px; color: #555; }
footer { margin-top: 24px; font-size: 11px; color: #888; border-top: 1px solid #ddd; padding-top: 8px; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } article { max-width: 90%; } }
`;

/** HTML: a self-contained, printable transcript for a ticket; day headings, sender, local and UTC times. */
export function toHtmlExport(messages: readonly TranscriptMessage[], meta: ExportMeta): string {
  const f = exportMessages[meta.lang].file;
  const zone = zoneOf(meta);
  const title = exportTitle(meta.target, meta.lang);
  const self = meta.target.kind === 'c2c' ? meta.target.viewpoint : undefined;
  const row = (label: string, value: string) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`;
  const scope =
    meta.scope.kind === 'loaded'
      ? f.scopeLoaded
      : f.scopeRange(localTime(meta.scope.from, zone), localTime(meta.scope.to, zone));
  const exportedAt = Math.floor(meta.exportedAt / 1000);
  const head = [
    row(f.scope, scope),
    row(f.messages, messages.length.toLocaleString(meta.lang === 'zh' ? 'zh-CN' : 'en')),
    row(f.exportedAt, `${localTime(exportedAt, zone)} (UTC ${iso(exportedAt)})`),
    ...(meta.operator ? [row(f.exportedBy, `${meta.operator.displayName} (${meta.operator.username})`)] : []),
    row(f.timeZone, zone),
  ].join('');

  let day = '';
  const body: string[] = [];
  for (const m of messages) {
    const local = m.time !== undefined ? localTime(m.time, zone) : undefined;
    const thisDay = local?.slice(0, 10) ?? '';
    if (thisDay && thisDay !== day) {
      day = thisDay;
      body.push(`<h2 class="day">${escapeHtml(day)}</h2>`);
    }
    const classes = [m.from !== undefined && m.from === self ? 'self' : '', m.recalled ? 'recalled' : '']
      .filter(Boolean)
      .join(' ');
    const badges = [
      m.recalled ? `<span class="badge">${escapeHtml(f.recalled)}</span>` : '',
      m.placeholder ? `<span class="badge deleted">${escapeHtml(f.deleted)}</span>` : '',
    ].join('');
    const time =
      m.time !== undefined && local
        ? `<time datetime="${escapeHtml(iso(m.time))}">${escapeHtml(local.slice(11))}</time> <span class="utc">(UTC ${escapeHtml(iso(m.time).slice(11, 19))})</span>`
        : escapeHtml(f.noTime);
    const ccd =
      m.cloudCustomData !== undefined && m.cloudCustomData !== ''
        ? `<div class="ccd">${escapeHtml(f.cloudCustomData)}: <code>${escapeHtml(m.cloudCustomData)}</code></div>`
        : '';
    body.push(
      `<article${classes ? ` class="${classes}"` : ''} data-id="${escapeHtml(m.id)}"><div class="meta"><span class="from">${escapeHtml(m.from ?? f.noSender)}</span> ${time} <span class="id">${escapeHtml(m.id)}</span>${badges}</div>${m.body
        .map((e) => elementHtml(e, meta.lang, 0))
        .join('')}${ccd}</article>`,
    );
  }

  return `<!doctype html>
<html lang="${meta.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${f.heading}: ${title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
${self ? `<p class="note">${escapeHtml(f.viewpoint(self))}</p>` : ''}
<dl>${head}</dl>
<p class="note">${escapeHtml(f.timesNote(zone))}</p>
</header>
<main>
${body.join('\n')}
</main>
<footer>${escapeHtml(f.generator)}</footer>
</body>
</html>
`;
}

/** The file text of an export in `format`. */
export function renderExport(
  format: ExportFormat,
  messages: readonly TranscriptMessage[],
  meta: ExportMeta,
): string {
  switch (format) {
    case 'json':
      return toJsonExport(messages, meta);
    case 'csv':
      return toCsvExport(messages, meta);
    case 'html':
      return toHtmlExport(messages, meta);
  }
}
