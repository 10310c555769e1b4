import { describe, expect, it } from 'vitest';
import { notificationPreview } from './preview';

const text = (t: string) => ({ MsgType: 'TIMTextElem', MsgContent: { Text: t } });

describe('notification preview', () => {
  it('uses the offline description over the first element, and the APNs title over the shared one on iPhone', () => {
    const req = {
      MsgBody: [text('hello')],
      OfflinePushInfo: {
        Title: 'Shared',
        Desc: 'Offline text',
        ApnsInfo: {
          Title: 'iOS title',
          SubTitle: 'Sub',
          Image: 'https://x/i.png',
          BadgeMode: 1,
          Sound: 'a.mp3',
        },
        AndroidInfo: { Sound: 'b.mp3' },
      },
    };
    expect(notificationPreview(req, 'ios')).toMatchObject({
      title: 'iOS title',
      subtitle: 'Sub',
      body: { text: 'Offline text' },
      bodySource: 'desc',
      image: 'https://x/i.png',
      sound: 'a.mp3',
      badge: 'none',
      suppressed: null,
    });
    expect(notificationPreview(req, 'android')).toMatchObject({
      title: 'Shared',
      subtitle: undefined,
      image: undefined,
      sound: 'b.mp3',
      badge: 'count',
    });
  });

  it('falls back to the first element: text, custom Desc, or a placeholder', () => {
    expect(notificationPreview({ MsgBody: [text('hi'), text('x')] }, 'ios').body).toEqual({ text: 'hi' });
    const custom = { MsgType: 'TIMCustomElem', MsgContent: { Data: '{}', Desc: 'Sale', Sound: 'ding.aiff' } };
    expect(notificationPreview({ MsgBody: [custom] }, 'ios')).toMatchObject({
      body: { text: 'Sale' },
      sound: 'ding.aiff',
    });
    const face = { MsgType: 'TIMFaceElem', MsgContent: { Index: 1 } };
    expect(notificationPreview({ MsgBody: [face, text('x')] }, 'android').body).toEqual({
      placeholder: 'TIMFaceElem',
    });
  });

  it('says when no notification appears', () => {
    const custom = { MsgType: 'TIMCustomElem', MsgContent: { Data: '{}' } };
    expect(notificationPreview({ MsgBody: [custom] }, 'ios').suppressed).toBe('customNoDesc');
    expect(
      notificationPreview({ MsgBody: [custom], OfflinePushInfo: { Desc: 'x' } }, 'ios').suppressed,
    ).toBeNull();
    expect(
      notificationPreview({ MsgBody: [text('a')], OfflinePushInfo: { PushFlag: 1 } }, 'ios').suppressed,
    ).toBe('pushFlag');
    expect(notificationPreview({ MsgBody: [] }, 'ios').suppressed).toBe('noElements');
  });
});
