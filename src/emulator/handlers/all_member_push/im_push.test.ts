/** `all_member_push/im_push` against the Emulator rules of ../shared/im-api/06-push.md. */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../../api/endpoints';
import type { Emulator } from '../../app';
import type { ManualClock } from '../../clock';
import { callIm, testEmulator } from '../../test-support';

const text = [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi, beauty' } }];

async function setup(rateLimits = false): Promise<{ emu: Emulator; clock: ManualClock }> {
  const { emu, clock } = testEmulator({ rateLimits });
  for (const id of ['u1', 'u2', 'u3', 'u4']) emu.store.createAccount(id, 0);
  const push = emu.store.push;
  push.setAttrNames({ '0': 'sex', '1': 'city' });
  push.setAttrs('u1', { sex: 'f', city: 'Shenzhen' });
  push.setAttrs('u2', { sex: 'm', city: 'Shenzhen' });
  push.setAttrs('u3', { sex: 'f', city: 'Beijing' });
  push.addTags('u1', ['stock A', 'stock B'], 100);
  push.addTags('u2', ['stock A'], 100);
  push.addTags('u4', ['stock B'], 100);
  return { emu, clock };
}

let random = 1000;
const pushBody = (extra: Record<string, unknown> = {}) => ({ MsgRandom: random++, MsgBody: text, ...extra });
const push = (emu: Emulator, body: unknown) =>
  callIm(emu, 'all_member_push/im_push', body).then((r) => r.json);

describe('all_member_push/im_push', () => {
  it('accepts the docs example, answers a TaskId in the documented style and logs the task', async () => {
    const { emu } = await setup();
    const json = await push(emu, {
      From_Account: 'u3',
      MsgRandom: 124032,
      MsgLifeTime: 120,
      Condition: { TagsOr: ['stock A', 'stock B'] },
      MsgBody: text,
      OfflinePushInfo: { PushFlag: 0, Desc: 'offline push text', Ext: 'passthrough content' },
    });
    expect(json).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0 });
    expect(endpoints['all_member_push/im_push'].response.safeParse(json).success).toBe(true);
    expect(json.TaskId).toMatch(/^1400000001_\d+_124032_1$/);
    const task = emu.store.push.pushTask(json.TaskId as string);
    expect(task).toMatchObject({
      From_Account: 'u3',
      audience: 'tags',
      MsgLifeTime: 120,
      recipients: ['u1', 'u2', 'u4'],
    });
  });

  it.each([
    ['no condition: every account but the sender', undefined, ['u1', 'u2', 'u3', 'u4']],
    ['AttrsAnd', { AttrsAnd: { sex: 'f', city: 'Shenzhen' } }, ['u1']],
    ['AttrsOr', { AttrsOr: { sex: 'm', city: 'Beijing' } }, ['u2', 'u3']],
    [
      'AttrsAnd + AttrsOr as an intersection',
      { AttrsAnd: { city: 'Shenzhen' }, AttrsOr: { sex: 'f' } },
      ['u1'],
    ],
    ['TagsAnd', { TagsAnd: ['stock A', 'stock B'] }, ['u1']],
    ['TagsOr', { TagsOr: ['stock B'] }, ['u1', 'u4']],
  ])('resolves the audience at accept time: %s', async (_, Condition, recipients) => {
    const { emu } = await setup();
    const json = await push(emu, pushBody(Condition ? { Condition } : {}));
    expect(json.ErrorCode).toBe(0);
    expect(emu.store.push.pushTask(json.TaskId as string)?.recipients).toEqual(recipients);
    // Later attribute changes do not rewrite the log.
    emu.store.push.setAttrs('u4', { sex: 'f', city: 'Shenzhen' });
    expect(emu.store.push.pushTask(json.TaskId as string)?.recipients).toEqual(recipients);
  });

  it('treats the same MsgRandom within 7 days as the same task, and a new task after that', async () => {
    const { emu, clock } = await setup();
    const first = await push(emu, { MsgRandom: 77, MsgBody: text });
    const again = await push(emu, { MsgRandom: 77, MsgBody: text, Condition: { TagsOr: ['stock A'] } });
    expect(again.TaskId).toBe(first.TaskId);
    expect(emu.store.push.pushTasks()).toHaveLength(1);
    clock.advance(7 * 86_400_000);
    const later = await push(emu, { MsgRandom: 77, MsgBody: text });
    expect(later.TaskId).not.toBe(first.TaskId);
    expect(emu.store.push.pushTasks()).toHaveLength(2);
  });

  it('sends from the admin when From_Account is omitted', async () => {
    const { emu } = await setup();
    const json = await push(emu, pushBody());
    expect(emu.store.push.pushTask(json.TaskId as string)?.From_Account).toBe('administrator');
  });

  it('answers 90045 while the feature is switched off', async () => {
    const { emu } = await setup();
    emu.store.push.enabled = false;
    expect(await push(emu, pushBody())).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 90045 });
    expect(emu.store.push.pushTasks()).toEqual([]);
  });

  it('answers 90033 for an attribute name that is not configured, 90008 for an unknown sender', async () => {
    const { emu } = await setup();
    expect(await push(emu, pushBody({ Condition: { AttrsOr: { level: 'gold' } } }))).toMatchObject({
      ErrorCode: 90033,
    });
    expect(await push(emu, pushBody({ From_Account: 'ghost' }))).toMatchObject({ ErrorCode: 90008 });
  });

  it.each([
    ['90001 for a body that is not JSON', null, 90001],
    ['90005 for a missing MsgRandom', { MsgBody: text }, 90005],
    ['90007 for a MsgBody that is not an array', { MsgRandom: 1, MsgBody: 'hi' }, 90007],
    ['90002 for an empty MsgBody', { MsgRandom: 1, MsgBody: [] }, 90002],
    [
      '90010 for an element in the wrong format',
      { MsgRandom: 1, MsgBody: [{ MsgType: 'TIMTextElem' }] },
      90010,
    ],
    ['90026 for MsgLifeTime over 7 days', { MsgRandom: 1, MsgBody: text, MsgLifeTime: 604801 }, 90026],
    [
      '90039 for attribute and tag conditions together',
      { MsgRandom: 1, MsgBody: text, Condition: { AttrsAnd: { sex: 'f' }, TagsOr: ['a'] } },
      90039,
    ],
    [
      '90032 for more than 10 tags',
      { MsgRandom: 1, MsgBody: text, Condition: { TagsOr: Array.from({ length: 11 }, (_, i) => `t${i}`) } },
      90032,
    ],
    ['90040 for an empty tag', { MsgRandom: 1, MsgBody: text, Condition: { TagsAnd: [''] } }, 90040],
    [
      '90020 for a tag over 50 bytes',
      { MsgRandom: 1, MsgBody: text, Condition: { TagsAnd: ['t'.repeat(51)] } },
      90020,
    ],
    [
      '90022 for a tag in both lists',
      { MsgRandom: 1, MsgBody: text, Condition: { TagsAnd: ['a'], TagsOr: ['b', 'a'] } },
      90022,
    ],
  ])('answers %s', async (_, body, code) => {
    const { emu } = await setup();
    const { json } =
      body === null
        ? await callIm(emu, 'all_member_push/im_push', null, { rawBody: 'not json' })
        : await callIm(emu, 'all_member_push/im_push', body);
    expect(json).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
    expect(emu.store.push.pushTasks()).toEqual([]);
  });

  it('answers 90009 to a non-admin caller', async () => {
    const { emu } = await setup();
    const { json } = await callIm(emu, 'all_member_push/im_push', pushBody(), { identifier: 'u1' });
    expect(json).toMatchObject({ ErrorCode: 90009 });
  });

  it('with rate limits on: pushes must be more than 1 s apart (90024) and at most 100 a day (90047)', async () => {
    const { emu, clock } = await setup(true);
    expect((await push(emu, pushBody())).ErrorCode).toBe(0);
    clock.advance(1000);
    expect(await push(emu, pushBody())).toMatchObject({ ErrorCode: 90024 });
    for (let i = 1; i < 100; i++) {
      clock.advance(1001);
      expect((await push(emu, pushBody())).ErrorCode).toBe(0);
    }
    clock.advance(1001);
    expect(await push(emu, pushBody())).toMatchObject({ ErrorCode: 90047 });
    expect(emu.store.push.pushTasks()).toHaveLength(100);
  });
});
