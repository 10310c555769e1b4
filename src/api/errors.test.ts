/**
 * The error table covers every code the IM reference (../shared/im-api/*.md) mentions, in both
 * languages, and unknown codes still get an explanation.
 */
import { describe, expect, it } from 'vitest';
import { explainImError, imErrors } from './errors';

/** Every error code found in ../shared/im-api/*.md (tables, prose and examples), copied here. */
const documentedCodes = [
  // get_history (13-operations.md) and client SDK codes quoted in the docs
  1001, 1002, 1003, 1004, 1005, 6206, 7003,
  // group service and topics (10-groups-core.md, 11-groups-messages.md, 09-topics.md)
  10002, 10003, 10004, 10005, 10006, 10007, 10008, 10010, 10011, 10014, 10015, 10016, 10017, 10018, 10019,
  10020, 10021, 10023, 10025, 10026, 10030, 10031, 10032, 10033, 10036, 10037, 10038, 10041, 10058, 11000,
  110002, 110003,
  // C2C and message extensions (03-c2c-messages.md, 11-groups-messages.md, 12-global-mute.md, 14-webhooks.md)
  20003, 20006, 20007, 20012, 20022, 20023, 20026, 23001, 23002, 23003, 23004,
  // relationships (07-relationships.md)
  30001, 30002, 30003, 30004, 30005, 30006, 30007, 30008, 30009, 30010, 30011, 30012, 30013, 30014, 30515,
  30516, 30525, 30539, 30540, 31307, 31704, 31707, 32216,
  // profile (05-profile.md)
  40001, 40003, 40004, 40005, 40006, 40008, 40009, 40601, 40605, 40610,
  // conversations (08-conversations.md)
  50001, 50002, 50003, 50004, 50005, 51006, 51007, 51008, 51009, 51010, 51011, 51012, 51013,
  // gateway (01-conventions.md §10.1)
  60002, 60003, 60004, 60005, 60006, 60007, 60008, 60009, 60010, 60011, 60012, 60013, 60014, 60015, 60016,
  60017, 60018, 60019, 60020, 60021,
  // accounts and UserSig (01-conventions.md §10.2, 01a-usersig.md, 02-accounts.md)
  70001, 70002, 70003, 70005, 70009, 70013, 70014, 70016, 70020, 70050, 70051, 70052, 70107, 70114, 70169,
  70202, 70206, 70346, 70398, 70399, 70402, 70403, 70500, 71000,
  // content security and size
  80001, 80002,
  // openim and push (01-conventions.md §10.3, 03-c2c-messages.md, 06-push.md)
  90001, 90002, 90003, 90004, 90005, 90006, 90007, 90008, 90009, 90010, 90011, 90012, 90018, 90020, 90022,
  90024, 90026, 90030, 90031, 90032, 90033, 90039, 90040, 90044, 90045, 90047, 90048, 90054, 90056, 90992,
  90994, 90995, 91000, 93000,
  // global mute and operations (12-global-mute.md, 13-operations.md)
  130001, 130002, 130003, 130004, 130005, 130008, 130009, 130010, 130011, 130012, 130014,
];

/** Bounds of the ranges the app's own webhook answers may pass through (14-webhooks.md). */
const callbackRangeBounds = [10100, 10200, 120001, 130000];

describe('imErrors', () => {
  it('covers every documented code, and nothing else', () => {
    const missing = documentedCodes.filter((code) => imErrors[code] === undefined);
    expect(missing).toEqual([]);
    expect(
      Object.keys(imErrors)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([...new Set(documentedCodes)].sort((a, b) => a - b));
  });

  it.each(documentedCodes)('code %i has both languages, a source and a consistent retry class', (code) => {
    const info = imErrors[code]!;
    expect(info.code).toBe(code);
    expect(info.known).toBe(true);
    for (const text of [info.meaning.en, info.meaning.zh, info.hint.en, info.hint.zh]) {
      expect(text.trim().length).toBeGreaterThan(3);
    }
    expect(info.meaning.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(info.hint.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(info.source).toMatch(/^\d\d[a-z]?-[a-z0-9-]+\.md/);
    expect(info.doc.en).toMatch(/^https:\/\//);
    expect(info.transient && info.rateLimit).toBe(false);
  });

  it('classes the back-off and retry codes of 01-conventions.md §12', () => {
    for (const code of [60007, 60011, 60018, 60019, 70050])
      expect(imErrors[code]).toMatchObject({ rateLimit: true });
    for (const code of [70169, 70202, 70500, 90992, 90994, 90995, 91000]) {
      expect(imErrors[code]).toMatchObject({ transient: true, rateLimit: false });
    }
    for (const code of [70001, 70009, 90001, 10004, 30003]) {
      expect(imErrors[code]).toMatchObject({ transient: false, rateLimit: false });
    }
  });

  it('says so where a code means different things in different places', () => {
    expect(imErrors[70107]!.meaning.en).toMatch(/consolidated/);
    expect(imErrors[70169]!.meaning.en).toMatch(/consolidated/);
    expect(imErrors[10025]!.meaning.en).toMatch(/Topic/);
    expect(imErrors[30001]!.meaning.en).toMatch(/per item/);
    expect(imErrors[10015]!.meaning.en).toMatch(/JSON/);
  });
});

describe('explainImError', () => {
  it('returns the table entry for a documented code', () => {
    expect(explainImError(70001)).toBe(imErrors[70001]);
  });

  it.each([
    [10999, 'group'],
    [11999, 'group'],
    [20999, 'c2c'],
    [23999, 'message-extension'],
    [31999, 'sns'],
    [41999, 'profile'],
    [52000, 'conversation'],
    [60999, 'gateway'],
    [70999, 'account'],
    [81000, 'content'],
    [92000, 'openim'],
    [115000, 'topic'],
    [135000, 'global-mute'],
    [4321, 'client-sdk'],
    [250000, 'unknown'],
  ] as const)('explains unknown code %i by its range (%s)', (code, service) => {
    const info = explainImError(code);
    expect(info).toMatchObject({ code, known: false, service, transient: false, rateLimit: false });
    expect(info.meaning.en).toContain(`Code ${code} is not in this console's table;`);
    expect(info.meaning.zh).toContain(`错误码 ${code} 不在本控制台的错误码表中`);
    expect(info.hint.en.length).toBeGreaterThan(10);
    expect(info.hint.zh.length).toBeGreaterThan(5);
  });

  it.each(callbackRangeBounds)('explains %i as a code chosen by the app backend’s callback', (code) => {
    const info = explainImError(code);
    expect(info.service).toBe('webhook');
    expect(info.meaning.en).toMatch(/callback/);
    expect(info.meaning.zh).toMatch(/回调/);
  });

  it('never throws, even for nonsense input', () => {
    for (const code of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      const info = explainImError(code);
      expect(info.meaning.en.length).toBeGreaterThan(0);
      expect(info.meaning.zh.length).toBeGreaterThan(0);
    }
    expect(explainImError(0).meaning.en).toMatch(/Success/);
    expect(explainImError(-1).service).toBe('unknown');
  });
});
