import { describe, expect, it } from 'vitest';
import type { C2cMessage } from '../../../../api/c2c';
import type { GroupHistoryMsg } from '../../../../api/endpoints/group_open_http_svc/group_msg_get_simple';
import { parseCsv } from '../../../../api/csv';
import { normaliseC2c, normaliseGroup } from '../api';
import { everyElement } from '../elements/fixtures';
import {
  escapeHtml,
  exportFileName,
  toCsvExport,
  toHtmlExport,
  toJsonExport,
  type ExportMeta,
} from './formats';

const target = { kind: 'c2c', viewpoint: 'alice', peer: 'bob' } as const;

function c2c(
  seq: number,
  from: string,
  body: C2cMessage['MsgBody'],
  extra: Partial<C2cMessage> = {},
): C2cMessage {
  return {
    From_Account: from,
    To_Account: from === 'alice' ? 'bob' : 'alice',
    MsgSeq: seq,
    MsgRandom: 1000 + seq,
    MsgTimeStamp: 1764151200 + seq * 60, // 2025-11-26 10:00 UTC onwards
    MsgFlagBits: 0,
    MsgKey: `${seq}_${1000 + seq}_${1764151200 + seq * 60}`,
    MsgBody: body,
    ...extra,
  };
}

const nasty = '=HYPERLINK("http://evil.example","x"), "quoted"\nline two';
const raws: C2cMessage[] = [
  c2c(1, 'alice', [{ MsgType: 'TIMTextElem', MsgContent: { Text: nasty } }], {
    CloudCustomData: '+cmd|calc',
  }),
  c2c(2, 'bob', [everyElement.image, { MsgType: 'TIMTextElem', MsgContent: { Text: '@SUM(A1)' } }], {
    MsgFlagBits: 8,
    // A field the console does not know: JSON must keep it.
    FutureField: { nested: [1, 2] },
  } as Partial<C2cMessage>),
  c2c(3, 'alice', [
    { MsgType: 'TIMTextElem', MsgContent: { Text: '<script>alert(1)</script><img src=x onerror=alert(2)>' } },
    {
      MsgType: 'TIMFileElem',
      MsgContent: { Url: 'javascript:alert(3)', FileName: '"><b>bold</b>', FileSize: 10 },
    },
    everyElement.unknown,
  ]),
];
const messages = raws.map(normaliseC2c);

const meta: ExportMeta = {
  target,
  scope: { kind: 'range', from: 1764151200, to: 1764154800 },
  exportedAt: Date.UTC(2025, 10, 26, 12, 0, 0),
  operator: { username: 'sam', displayName: 'Sam <Support>' },
  lang: 'en',
  timeZone: 'Asia/Shanghai',
};

describe('JSON export', () => {
  it('holds the API’s own message objects, untouched, oldest first', () => {
    const parsed = JSON.parse(toJsonExport(messages, meta));
    expect(parsed.messages).toEqual(raws);
    expect(parsed.messages[1].FutureField).toEqual({ nested: [1, 2] });
    expect(parsed).toMatchObject({
      transcript: target,
      scope: { kind: 'range', from: '2025-11-26T10:00:00Z', to: '2025-11-26T11:00:00Z' },
      exportedAt: '2025-11-26T12:00:00.000Z',
      exportedBy: 'sam',
      count: 3,
    });
  });

  it('keeps group messages as group_msg_get_simple returned them', () => {
    const group: GroupHistoryMsg[] = [
      { MsgSeq: 7, IsPlaceMsg: 1 },
      {
        MsgSeq: 8,
        From_Account: 'carol',
        MsgTimeStamp: 1764151200,
        MsgBody: [everyElement.face],
        MsgPriority: 2,
      },
    ];
    const parsed = JSON.parse(
      toJsonExport(group.map(normaliseGroup), { ...meta, target: { kind: 'group', groupId: '@TGS#1' } }),
    );
    expect(parsed.messages).toEqual(group);
  });
});

describe('CSV export', () => {
  const csv = toCsvExport(messages, meta);
  const { records, errors } = parseCsv(csv);

  it('has a header and one row per message, even with new lines and quotes in text', () => {
    expect(errors).toEqual([]);
    expect(records).toHaveLength(1 + messages.length);
    expect(records[0]!.cells).toEqual([
      'Time (UTC)',
      'Time (local)',
      'From',
      'To',
      'Message id',
      'MsgSeq',
      'MsgRandom',
      'Status',
      'Element types',
      'Text',
      'CloudCustomData',
      'MsgBody (JSON)',
    ]);
    const first = records[1]!.cells;
    expect(first.slice(0, 8)).toEqual([
      '2025-11-26T10:01:00Z',
      '2025-11-26 18:01:00',
      'alice',
      'bob',
      raws[0]!.MsgKey,
      '1',
      '1001',
      'normal',
    ]);
    expect(records[2]!.cells[7]).toBe('recalled');
    expect(records[2]!.cells[8]).toBe('TIMImageElem TIMTextElem');
    expect(JSON.parse(records[3]!.cells[11]!)).toEqual(raws[2]!.MsgBody);
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    const cells = records.slice(1).flatMap((r) => r.cells);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(records[1]!.cells[9]).toBe(`'${nasty}`);
    expect(records[1]!.cells[10]).toBe("'+cmd|calc");
    // Only a cell's start is run: a formula on a later line of a cell stays text.
    expect(records[2]!.cells[9]).toBe(
      '[Image JPG, 2448×3264, 1.8 MB] https://example.com/im/img/orig.jpg\n@SUM(A1)',
    );
  });

  it('writes headers and statuses in Chinese', () => {
    const zh = parseCsv(toCsvExport(messages, { ...meta, lang: 'zh' })).records;
    expect(zh[0]!.cells[0]).toBe('时间（UTC）');
    expect(zh[2]!.cells[7]).toBe('已撤回');
  });
});

describe('HTML export', () => {
  const html = toHtmlExport(messages, meta);
  const doc = new DOMParser().parseFromString(html, 'text/html');

  it('escapes everything: no element or attribute comes from message content', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelectorAll('b')).toHaveLength(0);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(doc.body.textContent).toContain('javascript:alert(3)');
    expect(doc.querySelector('dd')?.parentElement?.textContent).toContain('Sam <Support> (sam)');
  });

  it('is self-contained: a CSP forbids scripts and remote loads, and nothing remote is embedded', () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(doc.querySelectorAll('link, iframe, video, audio, object, embed')).toHaveLength(0);
  });

  it('reads as a transcript: title, one article per message in order, times local and UTC, statuses', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('Chat between alice and bob');
    expect(doc.title).toBe('Transcript: Chat between alice and bob');
    const articles = [...doc.querySelectorAll('article')];
    expect(articles.map((a) => a.getAttribute('data-id'))).toEqual(messages.map((m) => m.id));
    expect(articles[0]!.className).toBe('self');
    expect(articles[0]!.querySelector('time')?.getAttribute('datetime')).toBe('2025-11-26T10:01:00Z');
    expect(articles[0]!.querySelector('time')?.textContent).toBe('18:01:00');
    expect(articles[0]!.querySelector('.text')?.textContent).toBe(nasty);
    expect(articles[1]!.textContent).toContain('Recalled');
    expect(articles[2]!.textContent).toContain('Unknown element type TIMStreamElem');
    expect(doc.querySelectorAll('h2.day')).toHaveLength(1);
    expect(doc.querySelector('h2.day')?.textContent).toBe('2025-11-26');
    expect(doc.documentElement.lang).toBe('en');
  });

  it('speaks Chinese', () => {
    const zh = new DOMParser().parseFromString(toHtmlExport(messages, { ...meta, lang: 'zh' }), 'text/html');
    expect(zh.querySelector('h1')?.textContent).toBe('alice 与 bob 的单聊');
    expect(zh.documentElement.lang).toBe('zh-CN');
  });
});

describe('helpers', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('names files safely', () => {
    expect(exportFileName(meta, 'csv')).toBe('transcript-c2c-alice-bob-20251126T120000Z.csv');
    expect(exportFileName({ ...meta, target: { kind: 'group', groupId: '@TGS#2/../x 张' } }, 'html')).toBe(
      'transcript-group-_TGS_2_.._x_张-20251126T120000Z.html',
    );
  });
});
