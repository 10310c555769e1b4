/** `open_msg_svc/get_history` and its download route against ../shared/im-api/13-operations.md. */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../../api/endpoints';
import { messageArchiveSchema } from '../../../api/endpoints/open_msg_svc/get_history';
import type { Emulator } from '../../app';
import type { ManualClock } from '../../clock';
import { callIm, testEmulator } from '../../test-support';

const HOUR_MS = 3_600_000;
const text = (Text: string) => [{ MsgType: 'TIMTextElem', MsgContent: { Text } }];
// The test clock starts at 2025-03-01T00:00Z, which is 08:00 in Beijing.
const HOUR = '2025030108';

async function setup(): Promise<{ emu: Emulator; clock: ManualClock }> {
  const { emu, clock } = testEmulator({ rateLimits: false });
  for (const id of ['peakerdong', 'qiyue', 'Test_1']) emu.store.createAccount(id, 0);
  clock.advance(60_000);
  await callIm(emu, 'openim/sendmsg', {
    From_Account: 'peakerdong',
    To_Account: 'qiyue',
    MsgRandom: 45838,
    MsgBody: text('hello'),
  });
  clock.advance(60_000);
  await callIm(emu, 'openim/sendmsg', {
    From_Account: 'qiyue',
    To_Account: 'peakerdong',
    MsgRandom: 7,
    MsgBody: text('hi, beauty'),
  });
  return { emu, clock };
}

const history = (emu: Emulator, ChatType: string, MsgTime: string) =>
  callIm(emu, 'open_msg_svc/get_history', { ChatType, MsgTime }).then((r) => r.json);

async function download(emu: Emulator, url: string): Promise<{ status: number; bytes: Buffer }> {
  const res = await emu.fetch(new Request(url));
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');

describe('open_msg_svc/get_history', () => {
  it('serves a finished hour as a real gzip file whose sizes and MD5s match the answer', async () => {
    const { emu, clock } = await setup();
    clock.advance(HOUR_MS);
    const json = await history(emu, 'C2C', HOUR);
    expect(json).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0 });
    expect(endpoints['open_msg_svc/get_history'].response.safeParse(json).success).toBe(true);
    const [file] = json.File as [Record<string, unknown>];
    expect(file.URL).toBe(`http://emulator.test/msg_history/1400000001_C2C_${HOUR}.gz`);
    // Called at 09:02 Beijing: the link works for 6 hours.
    expect(file.ExpireTime).toBe('2025-03-01 15:02:00');
    const { status, bytes } = await download(emu, file.URL as string);
    expect(status).toBe(200);
    expect(bytes.length).toBe(file.GzipSize);
    expect(md5(bytes)).toBe(file.GzipMD5);
    const raw = gunzipSync(bytes);
    expect(raw.length).toBe(file.FileSize);
    expect(md5(raw)).toBe(file.FileMD5);
    const archive = messageArchiveSchema.parse(JSON.parse(raw.toString('utf8')));
    expect(archive).toMatchObject({ SdkAppId: 1400000001, ChatType: 'C2C', MsgTime: HOUR });
    expect(archive.MsgList.map((m) => [m.From_Account, m.To_Account, m.MsgRandom])).toEqual([
      ['peakerdong', 'qiyue', 45838],
      ['qiyue', 'peakerdong', 7],
    ]);
    // One message per line, so large files can be streamed (the seed's reading approach).
    const lines = raw.toString('utf8').split('\n');
    expect(lines[0]).toMatch(/"MsgList":\[$/);
    expect(lines.at(-1)).toBe(']}');
    expect(lines).toHaveLength(4);
  });

  it('keeps the file as first built, even if messages of that hour change later', async () => {
    const { emu, clock } = await setup();
    clock.advance(HOUR_MS);
    const first = ((await history(emu, 'C2C', HOUR)).File as [Record<string, unknown>])[0];
    await callIm(emu, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'qiyue' }] });
    const again = ((await history(emu, 'C2C', HOUR)).File as [Record<string, unknown>])[0];
    expect(again.GzipMD5).toBe(first.GzipMD5);
  });

  it('answers an hour without messages with an empty MsgList, group archives from group messages', async () => {
    const { emu, clock } = await setup();
    clock.advance(HOUR_MS);
    const [file] = (await history(emu, 'Group', HOUR)).File as [Record<string, unknown>];
    const archive = JSON.parse(gunzipSync((await download(emu, file.URL as string)).bytes).toString('utf8'));
    expect(archive).toEqual({ SdkAppId: 1400000001, ChatType: 'Group', MsgTime: HOUR, MsgList: [] });
  });

  it('builds group archives from the group messages of the hour', async () => {
    const { emu, clock } = await setup();
    const created = await callIm(emu, 'group_open_http_svc/create_group', {
      Owner_Account: 'Test_1',
      Type: 'Public',
      Name: 'archive test',
      MemberList: [{ Member_Account: 'qiyue' }],
    });
    const GroupId = created.json.GroupId as string;
    const sent = await callIm(emu, 'group_open_http_svc/send_group_msg', {
      GroupId,
      From_Account: 'Test_1',
      Random: 9,
      MsgBody: text('Private activate'),
    });
    expect(sent.json.ErrorCode).toBe(0);
    clock.advance(HOUR_MS);
    const [file] = (await history(emu, 'Group', HOUR)).File as [Record<string, unknown>];
    const archive = messageArchiveSchema.parse(
      JSON.parse(gunzipSync((await download(emu, file.URL as string)).bytes).toString('utf8')),
    );
    expect(archive.MsgList).toEqual([
      {
        From_Account: 'Test_1',
        GroupId,
        MsgTimestamp: Math.floor(Date.UTC(2025, 2, 1, 0, 2) / 1000),
        MsgSeq: sent.json.MsgSeq,
        MsgBody: text('Private activate'),
      },
    ]);
  });

  it('refuses a download once the link has expired (404) until get_history is called again', async () => {
    const { emu, clock } = await setup();
    clock.advance(HOUR_MS);
    const [file] = (await history(emu, 'C2C', HOUR)).File as [Record<string, unknown>];
    clock.advance(6 * HOUR_MS + 1000);
    expect((await download(emu, file.URL as string)).status).toBe(404);
    await history(emu, 'C2C', HOUR);
    expect((await download(emu, file.URL as string)).status).toBe(200);
    expect((await download(emu, 'http://emulator.test/msg_history/nope.gz')).status).toBe(404);
  });

  it.each([
    ['1004 for the hour still running', 'C2C', HOUR, 0, 1004],
    ['1002 for an hour older than 7 days', 'C2C', '2025022207', HOUR_MS, 1002],
    ['1002 for a date that does not exist', 'C2C', '2025022910', HOUR_MS, 1002],
    ['1002 for a MsgTime that is not YYYYMMDDHH', 'C2C', '20250301', HOUR_MS, 1002],
    ['1001 for an unknown ChatType', 'Both', HOUR, HOUR_MS, 1001],
  ])('answers %s', async (_, ChatType, MsgTime, advance, code) => {
    const { emu, clock } = await setup();
    clock.advance(advance);
    expect(await history(emu, ChatType, MsgTime)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
  });

  it('answers 1001 for a body that is not JSON and 60010 to a non-admin', async () => {
    const { emu } = await setup();
    expect((await callIm(emu, 'open_msg_svc/get_history', null, { rawBody: '{' })).json).toMatchObject({
      ErrorCode: 1001,
    });
    const { json } = await callIm(
      emu,
      'open_msg_svc/get_history',
      { ChatType: 'C2C', MsgTime: HOUR },
      { identifier: 'qiyue' },
    );
    expect(json).toMatchObject({ ErrorCode: 60010 });
  });
});
