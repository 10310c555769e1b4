import { describe, expect, it } from 'vitest';
import { bodyText, elementText } from './element-text';
import {
  findMatches,
  formatBytes,
  formatDuration,
  mapUrl,
  prettyJson,
  safeUrl,
  segmentText,
  viewElement,
} from './element-view';
import { everyElement } from './fixtures';
import { elementMessages } from './messages';

const joined = (text: string, highlight?: string) =>
  segmentText(text, highlight)
    .flatMap((r) => r.parts.map((p) => p.text))
    .join('');

describe('viewElement', () => {
  it('reads each documented kind as itself', () => {
    const kinds = Object.entries(everyElement).map(([name, e]) => [name, viewElement(e).kind]);
    expect(kinds).toEqual([
      ['text', 'text'],
      ['face', 'face'],
      ['location', 'location'],
      ['custom', 'custom'],
      ['image', 'image'],
      ['sound', 'sound'],
      ['video', 'video'],
      ['file', 'file'],
      ['relay', 'relay'],
      ['unknown', 'raw'],
    ]);
  });

  it('keeps an unknown type and its content as returned', () => {
    expect(viewElement(everyElement.unknown)).toEqual({
      kind: 'raw',
      reason: 'unknown',
      type: 'TIMStreamElem',
      content: everyElement.unknown.MsgContent,
    });
  });

  it('calls a known type with content that does not fit malformed, not unknown', () => {
    const view = viewElement({ MsgType: 'TIMTextElem', MsgContent: { Txt: 'typo' } });
    expect(view).toMatchObject({ kind: 'raw', reason: 'malformed', type: 'TIMTextElem' });
  });

  it('shows history elements that miss fields only a send requires', () => {
    // No Download_Flag, no UUID: a send would be refused, but the stored message still renders.
    expect(
      viewElement({ MsgType: 'TIMSoundElem', MsgContent: { Url: 'https://x/y.m4a', Second: 3 } }).kind,
    ).toBe('sound');
  });

  it('does not treat inherited property names as element kinds', () => {
    expect(viewElement({ MsgType: 'toString', MsgContent: {} })).toMatchObject({
      kind: 'raw',
      reason: 'unknown',
    });
  });
});

describe('segmentText', () => {
  it('gives back the input exactly and finds every emoji code', () => {
    const text = 'Hi [微笑] and [TUIEmoji_Smile][OK] but not [a b] or [] or [12]';
    const runs = segmentText(text);
    expect(joined(text)).toBe(text);
    expect(runs.filter((r) => r.emoji).map((r) => r.parts.map((p) => p.text).join(''))).toEqual([
      '[微笑]',
      '[TUIEmoji_Smile]',
      '[OK]',
    ]);
  });

  it('marks every case-insensitive occurrence, also inside an emoji code', () => {
    const text = 'Hello hELLo [微笑]';
    const marked = segmentText(text, 'hello').flatMap((r) =>
      r.parts.filter((p) => p.mark).map((p) => p.text),
    );
    expect(marked).toEqual(['Hello', 'hELLo']);
    const inEmoji = segmentText(text, '微');
    expect(inEmoji.find((r) => r.emoji)?.parts).toEqual([
      { text: '[', mark: false },
      { text: '微', mark: true },
      { text: '笑]', mark: false },
    ]);
    expect(joined(text, '微')).toBe(text);
  });

  it('marks a match that spans text and an emoji code in both runs', () => {
    const runs = segmentText('ok[OK]', 'k[o');
    expect(runs.flatMap((r) => r.parts.filter((p) => p.mark).map((p) => p.text))).toEqual(['k', '[O']);
  });

  it('returns nothing for empty text and no marks for an empty highlight', () => {
    expect(segmentText('')).toEqual([]);
    expect(findMatches('abc', '')).toEqual([]);
  });
});

describe('formatting', () => {
  it('writes sizes and durations', () => {
    const words = elementMessages.en.size;
    expect(formatBytes(512, words)).toBe('512 B');
    expect(formatBytes(8401, words)).toBe('8.2 KB');
    expect(formatBytes(1853095, words)).toBe('1.8 MB');
    expect(formatBytes(3 * 1024 ** 3, words)).toBe('3 GB');
    expect(formatDuration(2)).toBe('0:02');
    expect(formatDuration(75)).toBe('1:15');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('pretty-prints JSON data only', () => {
    expect(prettyJson('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyJson('not json')).toBeUndefined();
    expect(prettyJson('{broken')).toBeUndefined();
    expect(prettyJson('42')).toBeUndefined();
  });

  it('links only http(s) URLs', () => {
    expect(safeUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,<script>')).toBeUndefined();
    expect(safeUrl('/relative')).toBeUndefined();
    expect(mapUrl(22.5224, 113.9352)).toBe(
      'https://www.openstreetmap.org/?mlat=22.522400&mlon=113.935200#map=16/22.522400/113.935200',
    );
    expect(mapUrl(91, 0)).toBeUndefined();
  });
});

describe('elementText', () => {
  it('summarises every kind in both languages', () => {
    expect(elementText(everyElement.text, 'en')).toBe(everyElement.text.MsgContent.Text);
    expect(elementText(everyElement.location, 'en')).toBe(
      '[Location] 深圳市南山区腾讯滨海大厦 (22.5224, 113.9352)',
    );
    expect(elementText(everyElement.file, 'en')).toBe(
      '[File report.pdf, 1.7 MB] https://example.com/im/file/report.pdf',
    );
    expect(elementText(everyElement.file, 'zh')).toBe(
      '[文件 report.pdf，1.7 MB] https://example.com/im/file/report.pdf',
    );
    expect(elementText(everyElement.image, 'en')).toBe(
      '[Image JPG, 2448×3264, 1.8 MB] https://example.com/im/img/orig.jpg',
    );
    expect(elementText(everyElement.sound, 'en')).toBe('[Voice 0:02] https://example.com/im/voice/8401.m4a');
    expect(elementText(everyElement.video, 'en')).toBe(
      '[Video 1:15, 1.1 MB] https://example.com/im/video/clip.mp4',
    );
    expect(elementText(everyElement.face, 'zh')).toBe('[表情 #7 tt07]');
    expect(elementText(everyElement.custom, 'en')).toBe(`[Custom] ${everyElement.custom.MsgContent.Data}`);
    expect(elementText(everyElement.unknown, 'en')).toBe(
      `[TIMStreamElem] ${JSON.stringify(everyElement.unknown.MsgContent)}`,
    );
    expect(elementText(everyElement.relay, 'en')).toBe(
      '[Merged messages: Chat history of alice and bob, 2 messages]\nalice: see you at 3\nbob: ok',
    );
  });

  it('keeps the order of a body', () => {
    expect(bodyText([everyElement.face, everyElement.text], 'en')).toBe(
      `[Face #7 tt07]\n${everyElement.text.MsgContent.Text}`,
    );
  });
});
