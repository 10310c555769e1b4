/**
 * Plain-text summaries of message elements, for the CSV and HTML exports and for searching a
 * transcript: the text itself for text, a bracketed description with the link for the rest, and
 * the raw JSON for anything unknown (so nothing is lost in a summary either).
 */
import type { ResponseMsgBody, ResponseMsgElement } from '../../../../api/elements';
import type { Language } from '../../../lib/i18n/i18n';
import { formatBytes, formatCoordinate, formatDuration, imageRenditions, viewElement } from './element-view';
import { elementMessages } from './messages';

/** One element as a line of plain text in `lang`. */
export function elementText(element: ResponseMsgElement, lang: Language, depth = 0): string {
  const m = elementMessages[lang];
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const bytes = (n: number | undefined) => (n === undefined ? '' : formatBytes(n, m.size, locale));
  const view = viewElement(element);
  switch (view.kind) {
    case 'text':
      return view.content.Text;
    case 'face':
      return m.summary.face(view.content.Index, view.content.Data ?? '');
    case 'location':
      return m.summary.location(
        view.content.Desc ?? '',
        formatCoordinate(view.content.Latitude),
        formatCoordinate(view.content.Longitude),
      );
    case 'custom':
      return m.summary.custom(view.content.Data ?? '');
    case 'image': {
      const { large, original } = imageRenditions(view.content);
      const main = original ?? large;
      const details = [
        view.content.ImageFormat !== undefined ? (m.image.format[view.content.ImageFormat] ?? '') : '',
        main?.Width && main.Height ? `${main.Width}×${main.Height}` : '',
        bytes(main?.Size),
      ]
        .filter(Boolean)
        .join(', ');
      return m.summary.image(details, main?.URL ?? '');
    }
    case 'sound':
      return m.summary.sound(
        view.content.Second !== undefined ? formatDuration(view.content.Second) : '',
        view.content.Url,
      );
    case 'video':
      return m.summary.video(
        [
          view.content.VideoSecond !== undefined ? formatDuration(view.content.VideoSecond) : '',
          bytes(view.content.VideoSize),
        ]
          .filter(Boolean)
          .join(', '),
        view.content.VideoUrl,
      );
    case 'file':
      return m.summary.file(view.content.FileName ?? '', bytes(view.content.FileSize), view.content.Url);
    case 'relay': {
      const list = view.content.MsgList ?? [];
      const head = m.summary.relay(
        view.content.Title || m.relay.untitled,
        m.relay.count(view.content.MsgNum ?? list.length),
      );
      if (depth >= 2 || list.length === 0) return head;
      const inner = list.map(
        (item) => `${item.From_Account ?? ''}: ${bodyText(item.MsgBody ?? [], lang, depth + 1)}`,
      );
      return [head, ...inner].join('\n');
    }
    case 'raw':
      return m.summary.raw(view.type || m.raw.noType, JSON.stringify(view.content) ?? '');
  }
}

/** A whole body as plain text, one element per line, in order. */
export function bodyText(body: ResponseMsgBody, lang: Language, depth = 0): string {
  return body.map((e) => elementText(e, lang, depth)).join('\n');
}
