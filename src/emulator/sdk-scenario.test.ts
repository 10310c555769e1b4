/**
 * One realistic story told to the emulator over real HTTP by an SDK-shaped client: UserSigs come from
 * Tencent's own `tls-sig-api-v2` package (../shared/im-api/01a-usersig.md §9), URLs and bodies are
 * built as the server SDKs build them (01-conventions.md §2), and each step asserts the IM's answers.
 * Only `Date` is faked: the official signer reads it and the emulator's clock follows it, so both
 * sides agree on "now" and time moves only when the story says so. The steps live in
 * `sdk-scenario-people.ts` and `sdk-scenario-messages.ts`; they run in order and build on each other.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnyEndpoint } from '../api/endpoint';
import { endpoints } from '../api/endpoints';
import { answerEnvelopeSchema } from '../api/envelope';
import { startEmulator } from './app';
import {
  countUnread,
  muteAppWide,
  postGroupMessages,
  publishDay,
  pushToSegment,
  recallMessages,
  sendC2cMessages,
} from './sdk-scenario-messages';
import {
  addFriends,
  blockUser,
  createGroups,
  deleteAccount,
  importCast,
  setProfiles,
} from './sdk-scenario-people';
import type { Scenario } from './sdk-scenario-people';
import { ImServerClient } from './test-sdk-client';
import { TEST_APP_ID, TEST_KEY } from './test-support';

/** The official package is CommonJS without typings (01a-usersig.md §9). */
const { Api } = createRequire(import.meta.url)('tls-sig-api-v2') as {
  Api: new (sdkappid: number, key: string) => { genUserSig(userid: string, expire: number): string };
};

/** 2025-03-01 10:00 in Beijing (02:00 UTC): the statistics day is 20250301. */
const START_MS = Date.UTC(2025, 2, 1, 2);

const s = { groups: {}, c2cKeys: [] } as unknown as Scenario;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START_MS);
  s.running = await startEmulator({
    sdkAppId: TEST_APP_ID,
    secretKey: TEST_KEY,
    seed: 'empty',
    port: 0,
    logError: () => {},
  });
  const api = new Api(TEST_APP_ID, TEST_KEY);
  s.im = new ImServerClient({
    baseUrl: s.running.url,
    sdkAppId: TEST_APP_ID,
    identifier: 'administrator',
    sign: (id, expire) => api.genUserSig(id, expire),
  });
});

afterAll(async () => {
  await s.im?.close();
  await s.running?.close();
  vi.useRealTimers();
});

describe('an app told over HTTP by an SDK-shaped client', () => {
  it('imports the cast in bulk and reports a bad UserID as failed', () => importCast(s));
  it('sets profiles and reads them back with the import nicknames', () => setProfiles(s));
  it('adds friends both ways, reads them from both sides, and keeps a request pending', () => addFriends(s));
  it('blocks a user: listed, checked from both sides, and friend requests refused', () => blockUser(s));
  it('creates groups of several types with members, changes roles and mutes a member', () => createGroups(s));
  it('sends C2C messages of several kinds and reads them back page by page (LastMsgKey, Complete)', () =>
    sendC2cMessages(s));
  it('posts group messages of several kinds and reads them back page by page (ReqMsgSeq, IsFinished)', () =>
    postGroupMessages(s));
  it('recalls a C2C and a group message and sees them flagged', () => recallMessages(s));
  it('counts unread messages per conversation and lists conversations', () => countUnread(s));
  it('sets attributes and tags and pushes to a segment (im_push TaskId)', () => pushToSegment(s));
  it('mutes an account app-wide and counts the mute down', () => muteAppWide(s));
  it('publishes the day in getappinfo once it is over (Beijing days)', () => publishDay(s));
  it('deletes an account: gone from accounts, friends and groups', () => deleteAccount(s));

  it('spoke HTTP like a server SDK: 200 JSON, fresh randoms, one re-signed UserSig, few connections', () => {
    expect(s.im.calls.length).toBeGreaterThan(50);
    for (const call of s.im.calls) {
      expect(call.status).toBe(200);
      expect(call.contentType).toMatch(/^application\/json/);
      // Successes parse with the contract's response schema; failures carry at least the envelope.
      const contract = (endpoints as Record<string, AnyEndpoint | undefined>)[call.path];
      expect(contract, call.path).toBeDefined();
      const schema = call.answer.ErrorCode === 0 ? contract!.response : answerEnvelopeSchema;
      const parsed = schema.safeParse(call.answer);
      expect(parsed.success, `${call.path}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    const randoms = new Set(s.im.calls.map((c) => c.query.get('random')));
    expect(randoms.size).toBe(s.im.calls.length);
    // The first UserSig (1 day) was renewed after 90 % of its life, when the story crossed midnight.
    expect(new Set(s.im.calls.map((c) => c.query.get('usersig'))).size).toBe(2);
    expect(s.im.connectionsOpened).toBeLessThanOrEqual(2);
  });
});
