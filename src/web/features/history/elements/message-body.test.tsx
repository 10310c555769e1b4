import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ResponseMsgBody } from '../../../../api/elements';
import { Providers } from '../../../app/providers';
import { everyElement } from './fixtures';
import { MessageBody } from './message-body';

function show(body: ResponseMsgBody, highlight?: string, language: 'en' | 'zh' = 'en') {
  return render(
    <Providers language={language}>
      <MessageBody body={body} highlight={highlight} />
    </Providers>,
  );
}

const kindsInOrder = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-message-body] > [data-element]')].map((e) =>
    e.getAttribute('data-element'),
  );

describe('MessageBody', () => {
  it('renders every element kind, in the order sent', () => {
    const { container } = show(Object.values(everyElement));
    expect(kindsInOrder(container)).toEqual([
      'text',
      'face',
      'location',
      'custom',
      'image',
      'sound',
      'video',
      'file',
      'relay',
      'raw',
    ]);
  });

  it('keeps the order of a mixed body however it is composed', () => {
    const { container } = show([
      { MsgType: 'TIMTextElem', MsgContent: { Text: 'first' } },
      everyElement.image,
      { MsgType: 'TIMTextElem', MsgContent: { Text: 'second' } },
      everyElement.unknown,
      everyElement.face,
    ]);
    expect(kindsInOrder(container)).toEqual(['text', 'image', 'text', 'raw', 'face']);
    const texts = [...container.querySelectorAll('[data-element="text"]')].map((e) => e.textContent);
    expect(texts).toEqual(['first', 'second']);
  });

  it('shows emoji codes as the codes and marks every occurrence of the highlight', () => {
    const { container } = show([everyElement.text], 'HELLO');
    const codes = [...container.querySelectorAll('[data-emoji-code]')].map((e) => e.textContent);
    expect(codes).toEqual(['[微笑]', '[TUIEmoji_Smile]']);
    const marks = [...container.querySelectorAll('mark')].map((e) => e.textContent);
    expect(marks).toEqual(['Hello', 'hello']);
    expect(container.querySelector('[data-element="text"]')?.textContent).toBe(
      everyElement.text.MsgContent.Text,
    );
  });

  it('marks the highlight in other readable fields too', () => {
    const { container } = show([everyElement.file, everyElement.location, everyElement.custom], 'o');
    const file = container.querySelector('[data-element="file"]')!;
    expect([...file.querySelectorAll('mark')].map((m) => m.textContent)).toContain('o');
    const custom = container.querySelector('[data-element="custom"]')!;
    expect(custom.querySelectorAll('mark').length).toBeGreaterThan(0);
  });

  it('shows a location with its coordinates and a map link', () => {
    show([everyElement.location]);
    expect(screen.getByText('22.5224, 113.9352')).toBeTruthy();
    const link = screen.getByRole('link', { name: /Open 深圳市南山区腾讯滨海大厦 in OpenStreetMap/ });
    expect(link.getAttribute('href')).toBe(
      'https://www.openstreetmap.org/?mlat=22.522400&mlon=113.935200#map=16/22.522400/113.935200',
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('pretty-prints custom data that is JSON and shows Desc, Ext and Sound', () => {
    const { container } = show([everyElement.custom]);
    const code = container.querySelector('[data-element="custom"] pre');
    expect(code?.textContent).toBe(
      '{\n  "businessID": "order",\n  "orderId": "SO123456",\n  "amount": 99.99\n}',
    );
    expect(screen.getByText('JSON')).toBeTruthy();
    expect(screen.getByText('dingdong.aiff')).toBeTruthy();
  });

  it('shows custom data that is not JSON as it is', () => {
    const { container } = show([{ MsgType: 'TIMCustomElem', MsgContent: { Data: 'plain {not json' } }]);
    expect(container.querySelector('[data-element="custom"] pre')?.textContent).toBe('plain {not json');
    expect(screen.queryByText('JSON')).toBeNull();
  });

  it('shows the image thumbnail and opens the large image', async () => {
    show([everyElement.image]);
    const open = screen.getByRole('button', { name: 'Open the large image (JPG, 2448×3264, 1.8 MB)' });
    expect(within(open).getByRole('img').getAttribute('src')).toBe('https://example.com/im/img/thumb.jpg');
    await userEvent.click(open);
    const dialog = await screen.findByRole('dialog');
    const large = within(dialog)
      .getAllByRole('img')
      .map((i) => i.getAttribute('src'));
    expect(large).toContain('https://example.com/im/img/large.jpg');
    const rows = within(dialog)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Original');
    expect(rows[0]).toContain('2448×3264');
  });

  it('shows voice, video and file with duration, size and a download link', () => {
    const { container } = show([everyElement.sound, everyElement.video, everyElement.file]);
    const sound = container.querySelector<HTMLElement>('[data-element="sound"]')!;
    expect(sound.textContent).toContain('0:02');
    expect(sound.textContent).toContain('8.2 KB');
    expect(
      within(sound)
        .getByRole('link', { name: /Download audio/ })
        .getAttribute('href'),
    ).toBe('https://example.com/im/voice/8401.m4a');
    const video = container.querySelector<HTMLElement>('[data-element="video"]')!;
    expect(within(video).getByRole('button', { name: 'Play the video (MP4, 1:15, 1.1 MB)' })).toBeTruthy();
    expect(
      within(video)
        .getByRole('link', { name: /Download video/ })
        .getAttribute('href'),
    ).toBe('https://example.com/im/video/clip.mp4');
    const file = container.querySelector<HTMLElement>('[data-element="file"]')!;
    expect(file.textContent).toContain('1.7 MB');
    expect(within(file).getByRole('link', { name: 'Download report.pdf' }).getAttribute('href')).toBe(
      'https://example.com/im/file/report.pdf',
    );
  });

  it('never links a URL that is not http(s)', () => {
    const { container } = show([
      {
        MsgType: 'TIMFileElem',
        MsgContent: { Url: 'javascript:alert(1)', FileName: 'evil.pdf', FileSize: 1 },
      },
    ]);
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.textContent).toContain('javascript:alert(1)');
    expect(container.innerHTML).not.toContain('href="javascript');
  });

  it('shows merged messages and the messages inside on demand', async () => {
    show([everyElement.relay]);
    expect(screen.getByText('Chat history of alice and bob')).toBeTruthy();
    expect(screen.getByText('alice: see you at 3')).toBeTruthy();
    expect(screen.queryByText('ok')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show the messages' }));
    const list = screen.getByRole('list', { name: 'Messages inside the merged message' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByText('ok')).toBeTruthy();
  });

  it('shows an unknown type raw with its name, never dropping it', () => {
    const { container } = show([everyElement.unknown]);
    expect(screen.getByText('Unknown element type TIMStreamElem')).toBeTruthy();
    const raw = container.querySelector('[data-element="raw"] pre')!;
    expect(JSON.parse(raw.textContent ?? '')).toEqual(everyElement.unknown.MsgContent);
    // Content is text, never markup.
    expect(container.querySelector('[data-element="raw"] b')).toBeNull();
  });

  it('shows a known type in the wrong shape raw, saying so', () => {
    show([{ MsgType: 'TIMImageElem', MsgContent: { UUID: 'x' } }]);
    expect(screen.getByText('TIMImageElem not in the documented shape')).toBeTruthy();
  });

  it('says when a message has no elements', () => {
    show([]);
    expect(screen.getByText('No content (the message carries no elements).')).toBeTruthy();
  });

  it('speaks Chinese', () => {
    show([everyElement.file, everyElement.unknown], undefined, 'zh');
    expect(screen.getByRole('link', { name: '下载 report.pdf' })).toBeTruthy();
    expect(screen.getByText('未知的元素类型 TIMStreamElem')).toBeTruthy();
  });
});
