/**
 * What a phone would show for the push, from the exact request: title, subtitle, text, image, sound
 * and badge, or why no notification appears at all (04-message-elements.md §11–14: `OfflinePushInfo.Desc`
 * wins; otherwise the first element's preview; a message of only a custom element with no `Desc`
 * anywhere gets no offline push; `PushFlag` 1 turns it off).
 */

/** The phone the preview imitates. */
export type Platform = 'ios' | 'android';

/** The text line: literal text, or a placeholder for an element kind the UI words (`[Image]`). */
export type PreviewBody = { text: string } | { placeholder: string };

/** The notification as a phone shows it; `suppressed` says why there is none. */
export interface NotificationPreview {
  suppressed: 'pushFlag' | 'customNoDesc' | 'noElements' | null;
  /** Undefined: the phone shows the app's name. */
  title: string | undefined;
  subtitle: string | undefined;
  body: PreviewBody | undefined;
  /** Where the body came from: `OfflinePushInfo.Desc` or the first element. */
  bodySource: 'desc' | 'element' | undefined;
  image: string | undefined;
  sound: string | undefined;
  /** iOS: whether the push raises the app badge (`BadgeMode` 0 or absent). */
  badge: 'count' | 'none';
}

function rec(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The preview of a request body (anything shaped like `im_push`'s, valid or not). */
export function notificationPreview(request: unknown, platform: Platform): NotificationPreview {
  const req = rec(request);
  const info = rec(req.OfflinePushInfo);
  const apns = rec(info.ApnsInfo);
  const android = rec(info.AndroidInfo);
  const body = Array.isArray(req.MsgBody) ? req.MsgBody.map(rec) : [];
  const ios = platform === 'ios';
  const custom = body.find((e) => e.MsgType === 'TIMCustomElem');
  const base: NotificationPreview = {
    suppressed: null,
    title: ios ? (text(apns.Title) ?? text(info.Title)) : text(info.Title),
    subtitle: ios ? text(apns.SubTitle) : undefined,
    body: undefined,
    bodySource: undefined,
    image: ios ? text(apns.Image) : undefined,
    sound: ios ? (text(apns.Sound) ?? text(rec(custom?.MsgContent).Sound)) : text(android.Sound),
    badge: ios && apns.BadgeMode === 1 ? 'none' : 'count',
  };
  if (info.PushFlag === 1) return { ...base, suppressed: 'pushFlag' };
  const desc = text(info.Desc);
  if (desc !== undefined) return { ...base, body: { text: desc }, bodySource: 'desc' };
  const first = body[0];
  if (!first) return { ...base, suppressed: 'noElements' };
  const content = rec(first.MsgContent);
  if (first.MsgType === 'TIMCustomElem') {
    const customDesc = text(content.Desc);
    if (customDesc !== undefined) return { ...base, body: { text: customDesc }, bodySource: 'element' };
    if (body.length === 1) return { ...base, suppressed: 'customNoDesc' };
    return { ...base, body: { placeholder: 'TIMCustomElem' }, bodySource: 'element' };
  }
  if (first.MsgType === 'TIMTextElem')
    return {
      ...base,
      body: { text: typeof content.Text === 'string' ? content.Text : '' },
      bodySource: 'element',
    };
  return {
    ...base,
    body: { placeholder: typeof first.MsgType === 'string' ? first.MsgType : 'unknown' },
    bodySource: 'element',
  };
}
