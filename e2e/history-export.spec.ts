/**
 * Transcript exports and hourly archives end to end: a fresh one-to-one chat holding every element
 * kind (and text built to break a spreadsheet or a page) is exported as JSON, CSV and HTML, from what
 * is loaded and from a time range, and each file is checked against the API; an hourly archive is
 * downloaded, unzipped and checked against the sizes and checksums the page shows.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Download, type Page } from '@playwright/test';
import { parseCsv } from '../src/api/csv';
import { apiAs, clearFaults, im, sendGroupMsg } from './helpers';

const run = Date.now().toString(36);
const A = `exp_a_${run}`;
const B = `exp_b_${run}`;

const FORMULA = '=HYPERLINK("http://evil.example","click me")';
const MARKUP = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';

/** Every element kind, one message each, plus text meant to be dangerous in a spreadsheet or a page. */
const bodies: { from: string; body: unknown[]; cloud?: string }[] = [
  { from: A, body: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Hello [微笑] from the export test' } }] },
  { from: B, body: [{ MsgType: 'TIMTextElem', MsgContent: { Text: FORMULA } }] },
  { from: A, body: [{ MsgType: 'TIMTextElem', MsgContent: { Text: MARKUP } }], cloud: '{"ticket":"T-42"}' },
  {
    from: B,
    body: [
      {
        MsgType: 'TIMImageElem',
        MsgContent: {
          UUID: 'img_export',
          ImageFormat: 3,
          ImageInfoArray: [
            { Type: 1, Size: 1853095, Width: 2448, Height: 3264, URL: 'https://example.com/im/img/orig.png' },
            { Type: 2, Size: 240000, Width: 720, Height: 960, URL: 'https://example.com/im/img/large.png' },
            { Type: 3, Size: 7100, Width: 198, Height: 264, URL: 'https://example.com/im/img/thumb.png' },
          ],
        },
      },
    ],
  },
  {
    from: A,
    body: [
      {
        MsgType: 'TIMSoundElem',
        MsgContent: { Url: 'https://example.com/v.m4a', UUID: 'v1', Size: 8401, Second: 2, Download_Flag: 2 },
      },
    ],
  },
  {
    from: B,
    body: [
      {
        MsgType: 'TIMFileElem',
        MsgContent: {
          Url: 'https://example.com/report.pdf',
          UUID: 'f1',
          FileSize: 1773552,
          FileName: 'report.pdf',
          Download_Flag: 2,
        },
      },
    ],
  },
  {
    from: A,
    body: [
      {
        MsgType: 'TIMLocationElem',
        MsgContent: { Desc: '深圳市南山区', Latitude: 22.5224, Longitude: 113.9352 },
      },
      { MsgType: 'TIMFaceElem', MsgContent: { Index: 7, Data: 'tt07' } },
      {
        MsgType: 'TIMCustomElem',
        MsgContent: { Data: '{"businessID":"order","orderId":"SO1"}', Desc: 'order' },
      },
    ],
  },
];

/** A's view of the chat with B, oldest first, straight from the API (the oracle). */
async function chatFromApi(): Promise<Record<string, unknown>[]> {
  const api = await apiAs('admin');
  const page = await im<{ MsgList: Record<string, unknown>[] }>(api, 'openim/admin_getroammsg', {
    Operator_Account: A,
    Peer_Account: B,
    MaxCnt: 100,
    MinTime: 0,
    // Everything the API holds, whatever the emulator clock says (other specs move it).
    MaxTime: 4294967295,
  });
  await api.dispose();
  return page.MsgList;
}

async function read(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

async function exportLoaded(page: Page, format: RegExp): Promise<Download> {
  await page.getByRole('button', { name: 'Export' }).click();
  const waiting = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: format }).click();
  return waiting;
}

test.beforeAll(async () => {
  const api = await apiAs('admin');
  for (const id of [A, B]) await im(api, 'im_open_login_svc/account_import', { UserID: id });
  let seq = 1;
  for (const m of bodies) {
    // Increasing seqs keep the send order within one second.
    await im(api, 'openim/sendmsg', {
      MsgSeq: seq,
      SyncOtherMachine: 1,
      From_Account: m.from,
      To_Account: m.from === A ? B : A,
      MsgRandom: 1000 + seq++,
      MsgBody: m.body,
      ...(m.cloud ? { CloudCustomData: m.cloud } : {}),
    });
  }
  await api.dispose();
});

test.beforeEach(async ({ page }) => {
  await clearFaults();
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('im-console.language'))
      window.localStorage.setItem('im-console.language', 'en');
  });
});

test('exports the loaded transcript as JSON, CSV and HTML', async ({ page }) => {
  const oracle = await chatFromApi();
  expect(oracle).toHaveLength(bodies.length);
  await page.goto(`/history/c2c/${A}/${B}`);
  await expect(page.getByText('Hello [微笑] from the export test')).toBeVisible();
  await expect(page.getByText('report.pdf').first()).toBeVisible();

  // JSON: the API's own objects, untouched, oldest first.
  const jsonFile = await exportLoaded(page, /^JSON/);
  expect(jsonFile.suggestedFilename()).toMatch(
    new RegExp(`^transcript-c2c-${A}-${B}-\\d{8}T\\d{6}Z\\.json$`),
  );
  const json = JSON.parse(await read(jsonFile));
  expect(json.messages).toEqual(oracle);
  expect(json).toMatchObject({ transcript: { kind: 'c2c', viewpoint: A, peer: B }, count: bodies.length });

  // CSV: one row per message, the formula neutralised, the markup kept as text.
  const csvFile = await exportLoaded(page, /^CSV/);
  const { records, errors } = parseCsv(await read(csvFile));
  expect(errors).toEqual([]);
  expect(records).toHaveLength(1 + bodies.length);
  const header = records[0]!.cells;
  const col = (name: string) => header.indexOf(name);
  expect(records.slice(1).map((r) => r.cells[col('Message id')])).toEqual(oracle.map((m) => m.MsgKey));
  const row = (type: string, text?: string) =>
    records.find(
      (r) =>
        r.cells[col('Element types')] === type &&
        (text === undefined || r.cells[col('MsgBody (JSON)')]!.includes(text)),
    )!.cells;
  expect(row('TIMTextElem', 'HYPERLINK')[col('Text')]).toBe(`'${FORMULA}`);
  expect(row('TIMTextElem', 'script')[col('Text')]).toBe(MARKUP);
  expect(row('TIMTextElem', 'script')[col('CloudCustomData')]).toBe('{"ticket":"T-42"}');
  expect(row('TIMImageElem')[col('Text')]).toBe(
    '[Image PNG, 2448×3264, 1.8 MB] https://example.com/im/img/orig.png',
  );
  expect(row('TIMLocationElem TIMFaceElem TIMCustomElem')[col('Text')]).toBe(
    '[Location] 深圳市南山区 (22.5224, 113.9352)\n[Face #7 tt07]\n[Custom] {"businessID":"order","orderId":"SO1"}',
  );
  for (const cell of records.slice(1).flatMap((r) => r.cells)) expect(cell).not.toMatch(/^[=+\-@]/);

  // HTML: self-contained and inert, one article per message in order.
  const htmlFile = await exportLoaded(page, /^HTML/);
  const html = await read(htmlFile);
  const viewer = await page.context().newPage();
  await viewer.setContent(html);
  await expect(viewer.getByRole('heading', { level: 1 })).toHaveText(`Chat between ${A} and ${B}`);
  await expect(viewer.locator('article')).toHaveCount(bodies.length);
  await expect(viewer.locator('article').filter({ hasText: MARKUP })).toHaveCount(1);
  expect(
    await viewer.locator('article').evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))),
  ).toEqual(oracle.map((m) => m.MsgKey));
  expect(await viewer.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await viewer.locator('script, img').count()).toBe(0);
  // Links show their address, so a printed transcript keeps it.
  await expect(viewer.getByRole('link', { name: 'https://example.com/im/img/orig.png' })).toHaveAttribute(
    'href',
    'https://example.com/im/img/orig.png',
  );
  await viewer.close();
});

test('exports a time range collected through the API', async ({ page }) => {
  const oracle = await chatFromApi();
  await page.goto(`/history/c2c/${A}/${B}`);
  await expect(page.getByText('Hello [微笑] from the export test')).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'A time range…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a time range' });
  await dialog.getByText('Last 24 hours').click();
  await dialog.getByRole('button', { name: 'Collect messages' }).click();
  await expect(dialog.getByText(`Collected ${bodies.length} messages`)).toBeVisible();
  const waiting = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download JSON' }).click();
  const json = JSON.parse(await read(await waiting));
  expect(json.messages).toEqual(oracle);
  expect(json.scope.kind).toBe('range');
});

test('exports a whole group, walked down by seq, as the API returned it', async ({ page }) => {
  const api = await apiAs('admin');
  const { GroupId: groupId } = await im<{ GroupId: string }>(api, 'group_open_http_svc/create_group', {
    Type: 'Public',
    Name: `Export ${run}`,
  });
  const total = 45; // three pages of at most 20
  for (let i = 1; i <= total; i++) {
    await sendGroupMsg(api, {
      GroupId: groupId,
      Random: 2000 + i,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: i === 7 ? '+SUM(1;2)' : `export line ${i}` } }],
    });
  }
  // The oracle: every page of group_msg_get_simple, newest first, as the exporter must keep it.
  const oracle: Record<string, unknown>[] = [];
  for (let seq: number | undefined; ;) {
    const res = await im<{ RspMsgList?: { MsgSeq: number }[] }>(
      api,
      'group_open_http_svc/group_msg_get_simple',
      {
        GroupId: groupId,
        ReqMsgNumber: 20,
        WithRecalledMsg: 1,
        ...(seq !== undefined ? { ReqMsgSeq: seq } : {}),
      },
    );
    const list = res.RspMsgList ?? [];
    oracle.push(...list);
    const smallest = Math.min(...list.map((m) => m.MsgSeq));
    if (!list.length || smallest <= 1) break;
    seq = smallest - 1;
  }
  await api.dispose();
  oracle.sort((a, b) => (a.MsgSeq as number) - (b.MsgSeq as number));

  await page.goto(`/history/group/${encodeURIComponent(groupId)}`);
  // The newest page is in (which rows are in view is the viewer's concern, tested in history.spec).
  await expect(page.getByText('20 messages loaded')).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'A time range…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a time range' });
  await dialog.getByText('Everything kept').click();
  await dialog.getByRole('button', { name: 'Collect messages' }).click();
  await expect(dialog.getByText(`Collected ${oracle.length} messages`)).toBeVisible();

  let waiting = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download JSON' }).click();
  const json = JSON.parse(await read(await waiting));
  expect(json.transcript).toEqual({ kind: 'group', groupId });
  expect(json.messages).toEqual(oracle);

  waiting = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download CSV' }).click();
  const { records } = parseCsv(await read(await waiting));
  expect(records).toHaveLength(1 + oracle.length);
  const text = records[0]!.cells.indexOf('Text');
  expect(records.map((r) => r.cells[text])).toContain("'+SUM(1;2)");
});

/** `YYYYMMDDHH` in Beijing time, as get_history names hours. */
function beijingHour(unix: number): string {
  return new Date((unix + 8 * 3600) * 1000).toISOString().slice(0, 13).replace(/[-T]/g, '');
}

test('downloads an hourly archive whose sizes and checksums match the page', async ({ page }) => {
  const hour = beijingHour(Math.floor(Date.now() / 1000) - 3 * 3600);
  await page.goto(`/history/archives?hour=${hour}`);
  await expect(page.getByRole('heading', { name: 'Message archives' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Archive files' });
  await expect(table).toBeVisible();
  const cells = table.locator('code');
  const gzipMd5 = (await cells.nth(0).textContent())!.trim();
  const fileMd5 = (await cells.nth(1).textContent())!.trim();

  const waiting = page.waitForEvent('download');
  await table.getByRole('link', { name: /^Download / }).click();
  const download = await waiting;
  expect(download.suggestedFilename()).toMatch(new RegExp(`_C2C_${hour}\\.gz$`));
  const gz = readFileSync((await download.path())!);
  expect(createHash('md5').update(gz).digest('hex')).toBe(gzipMd5);
  const content = gunzipSync(gz);
  expect(createHash('md5').update(content).digest('hex')).toBe(fileMd5);
  const archive = JSON.parse(content.toString('utf8'));
  expect(archive).toMatchObject({ ChatType: 'C2C', MsgTime: hour });
  expect(archive.MsgList.length).toBeGreaterThan(0);

  // The current hour is not over: the page says so without asking the service.
  await page.goto(`/history/archives?type=Group&hour=${beijingHour(Math.floor(Date.now() / 1000))}`);
  await expect(page.getByText('Not ready yet')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Group' })).toBeChecked();
});
