import { describe, expect, it } from 'vitest';
import { imPushRequestSchema } from '../../../../api/endpoints/all_member_push/im_push';
import { emptyElement, type ElementDraft } from './element-draft';
import { emptyForm, fromPushRequest, toPushRequest, type ComposerForm } from './form-state';
import { formProblems } from './validate';

/** The documented tag push with offline push settings (06-push.md, im_push request example). */
const documentedTagPush = {
  From_Account: 'admin',
  MsgRandom: 124032,
  MsgLifeTime: 120,
  Condition: { TagsOr: ['stock A', 'stock B'] },
  MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi, beauty' } }],
  OfflinePushInfo: {
    PushFlag: 0,
    Desc: 'offline push text',
    Ext: 'passthrough content',
    AndroidInfo: { Sound: 'android.mp3' },
    ApnsInfo: {
      Sound: 'apns.mp3',
      BadgeMode: 1,
      Title: 'apns title',
      SubTitle: 'apns subtitle',
      Image: 'www.image.com',
    },
  },
};

const everyElement = [
  { MsgType: 'TIMTextElem', MsgContent: { Text: '双十一 starts now' } },
  { MsgType: 'TIMFaceElem', MsgContent: { Index: 3, Data: 'smile' } },
  { MsgType: 'TIMLocationElem', MsgContent: { Desc: 'Shenzhen', Latitude: 22.54, Longitude: 114.06 } },
  {
    MsgType: 'TIMImageElem',
    MsgContent: {
      UUID: 'banner-1',
      ImageFormat: 3,
      ImageInfoArray: [
        { Type: 1, Size: 1024, Width: 800, Height: 400, URL: 'https://cdn.example.com/b.png' },
        { Type: 3, Size: 100, Width: 200, Height: 100, URL: 'https://cdn.example.com/b_t.png' },
      ],
    },
  },
  {
    MsgType: 'TIMCustomElem',
    MsgContent: { Data: '{"promo":"1111"}', Desc: 'Sale', Ext: 'url', Sound: 'ding.aiff' },
  },
];

const roundTrip = (req: object) =>
  toPushRequest(fromPushRequest(req, (req as { MsgRandom: number }).MsgRandom));

describe('im_push body ↔ composer form', () => {
  it('round-trips the documented tag push exactly', () => {
    expect(roundTrip(documentedTagPush)).toEqual(documentedTagPush);
  });

  it.each([
    ['everyone (no Condition)', undefined, 'all'],
    ['TagsAnd', { TagsAnd: ['vip', 'beijing'] }, 'tags'],
    ['TagsOr', { TagsOr: ['stock A', 'stock B'] }, 'tags'],
    ['TagsAnd + TagsOr', { TagsAnd: ['vip'], TagsOr: ['a', 'b'] }, 'tags'],
    ['AttrsAnd', { AttrsAnd: { member_level: 'gold', city: 'Shenzhen' } }, 'attrs'],
    ['AttrsOr', { AttrsOr: { member_level: 'gold', city: '深圳' } }, 'attrs'],
    ['AttrsAnd + AttrsOr', { AttrsAnd: { city: 'Shenzhen' }, AttrsOr: { member_level: 'gold' } }, 'attrs'],
  ] as const)('round-trips an audience of %s', (_name, condition, kind) => {
    const req = {
      MsgRandom: 7,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }],
      ...(condition ? { Condition: condition } : {}),
    };
    const form = fromPushRequest(req, 7);
    expect(form.audience).toBe(kind);
    expect(toPushRequest(form)).toEqual(req);
    expect(imPushRequestSchema.safeParse(toPushRequest(form)).success).toBe(true);
  });

  it('round-trips every editable element kind in order, with sender, lifetime and CloudCustomData', () => {
    const req = {
      MsgRandom: 99,
      From_Account: 'shop_bot',
      MsgLifeTime: 7200,
      MsgBody: everyElement,
      CloudCustomData: '{"campaign":"1111"}',
    };
    const form = fromPushRequest(req, 99);
    expect(form.elements.map((e) => e.kind)).toEqual(['text', 'face', 'location', 'image', 'custom']);
    expect(form).toMatchObject({ senderMode: 'account', lifeTime: '2', lifeTimeUnit: 'h' });
    expect(roundTrip(req)).toEqual(req);
  });

  it('keeps elements and vendor fields it has no editor for, verbatim', () => {
    const sound = {
      MsgType: 'TIMSoundElem',
      MsgContent: { Url: 'https://x/a.mp3', UUID: 'a', Size: 1, Second: 2, Download_Flag: 2 },
    };
    const textWithExtra = { MsgType: 'TIMTextElem', MsgContent: { Text: 'hi', Unknown: 1 } };
    const req = {
      MsgRandom: 1,
      MsgBody: [sound, textWithExtra],
      OfflinePushInfo: {
        Title: 't',
        AndroidInfo: { OPPOCategory: 'MARKETING', VIVOClassification: 0, HuaWeiImportance: 'LOW' },
        ApnsInfo: { MutableContent: 1, Custom: 'x' },
        Future: true,
      },
    };
    const form = fromPushRequest(req, 1);
    expect(form.elements.map((e) => e.kind)).toEqual(['raw', 'raw']);
    expect(form.offline.extraAndroid).toEqual({ OPPOCategory: 'MARKETING' });
    expect(roundTrip(req)).toEqual(req);
  });

  it('gives a duplicate a new MsgRandom unless one is passed (the old one would dedupe into the old task)', () => {
    const form = fromPushRequest(documentedTagPush);
    expect(form.msgRandom).not.toBe(documentedTagPush.MsgRandom);
    expect(toPushRequest(form).MsgRandom).toBe(form.msgRandom);
  });

  it('writes the lifetime in seconds from the chosen unit, and leaves it out when empty', () => {
    const form = emptyForm(5);
    expect(toPushRequest(form).MsgLifeTime).toBe(86400);
    expect(toPushRequest({ ...form, lifeTime: '0' }).MsgLifeTime).toBe(0);
    expect(toPushRequest({ ...form, lifeTime: '' })).not.toHaveProperty('MsgLifeTime');
    expect(fromPushRequest({ MsgLifeTime: 0 }, 1)).toMatchObject({ lifeTime: '0', lifeTimeUnit: 's' });
  });

  it('sends only the chosen audience kind: lists of the other kind stay in the form', () => {
    const form: ComposerForm = {
      ...emptyForm(5),
      tagsAnd: ['vip'],
      attrsAnd: [{ name: 'city', value: 'Shenzhen' }],
    };
    expect(toPushRequest({ ...form, audience: 'tags' }).Condition).toEqual({ TagsAnd: ['vip'] });
    expect(toPushRequest({ ...form, audience: 'attrs' }).Condition).toEqual({
      AttrsAnd: { city: 'Shenzhen' },
    });
    expect(toPushRequest({ ...form, audience: 'all' })).not.toHaveProperty('Condition');
  });

  it('leaves out an offline push section that is switched off, and empty optional strings', () => {
    const form = emptyForm(5);
    const text = form.elements[0] as ElementDraft & { kind: 'text' };
    text.text = 'hi';
    expect(toPushRequest(form)).not.toHaveProperty('OfflinePushInfo');
    const on = toPushRequest({ ...form, offline: { ...form.offline, enabled: true, title: 'T' } });
    expect(on.OfflinePushInfo).toEqual({ Title: 'T' });
  });
});

describe('composer problems', () => {
  const base = (): ComposerForm => {
    const form = emptyForm(5);
    form.elements = [{ id: 't', kind: 'text', text: 'hi' }];
    form.tagsAnd = ['vip'];
    return form;
  };

  it('accepts a valid segment push', () => {
    expect([...formProblems(base())]).toEqual([]);
  });

  it('refuses a segment with no condition (it would reach everyone)', () => {
    expect(formProblems({ ...base(), tagsAnd: [] }).get('tagsAnd')).toEqual({ local: 'noCondition' });
    expect(formProblems({ ...base(), audience: 'attrs' }).get('attrsAnd')).toEqual({ local: 'noCondition' });
    expect([...formProblems({ ...base(), tagsAnd: [], audience: 'all' })]).toEqual([]);
  });

  it('enforces the tag caps inline: 10 tags, 50 bytes, not in both lists', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `t${i}`);
    expect(formProblems({ ...base(), tagsAnd: eleven }).get('tagsAnd')).toEqual({
      rule: 'must list at most 10 tags (90032)',
    });
    expect(formProblems({ ...base(), tagsOr: ['标'.repeat(17)] }).get('tagsOr:0')).toEqual({
      rule: 'must be at most 50 bytes (UTF-8)',
    });
    expect(formProblems({ ...base(), tagsOr: ['x', 'vip'] }).get('tagsOr:1')).toEqual({
      rule: 'must not also be in TagsAnd ("vip", 90022)',
    });
  });

  it('checks attribute names against the configured ones and values against 50 bytes', () => {
    const form: ComposerForm = {
      ...base(),
      audience: 'attrs',
      attrsAnd: [
        { name: 'city', value: 'x'.repeat(51) },
        { name: 'color', value: 'red' },
      ],
      attrsOr: [
        { name: 'city', value: 'a' },
        { name: 'city', value: 'b' },
      ],
    };
    const problems = formProblems(form, ['city', 'level']);
    expect(problems.get('attrsAnd:0:value')).toEqual({ rule: 'must be at most 50 bytes (UTF-8)' });
    expect(problems.get('attrsAnd:1:name')).toEqual({ local: 'unknownAttr', detail: 'color' });
    expect(problems.get('attrsOr:1:name')).toEqual({ local: 'repeatedAttr', detail: 'city' });
  });

  it('checks the lifetime cap, numbers, sender and custom JSON', () => {
    const custom = emptyElement('custom', 'c');
    const face = emptyElement('face', 'f');
    const problems = formProblems({
      ...base(),
      lifeTime: '8',
      elements: [{ ...custom, data: '{oops' } as ElementDraft, { ...face, index: 'x' } as ElementDraft],
      senderMode: 'account',
      senderAccount: '',
    });
    expect(problems.get('lifeTime')).toEqual({ rule: 'must be at most 604800 seconds (7 days)' });
    expect(problems.get('el:c:data')).toMatchObject({ local: 'json' });
    expect(problems.get('el:f:index')).toEqual({ local: 'number' });
    expect(problems.get('sender')).toEqual({ rule: 'must not be empty' });
  });

  it('refuses a second custom element and a body over 8 KB', () => {
    const c1 = emptyElement('custom', 'c1');
    const c2 = emptyElement('custom', 'c2');
    expect(formProblems({ ...base(), elements: [c1, c2] }).get('el:c2')).toEqual({
      rule: 'must contain at most one TIMCustomElem',
    });
    const big = { id: 'b', kind: 'text', text: 'x'.repeat(9000) } as const;
    expect(formProblems({ ...base(), elements: [big] }).get('body')).toMatchObject({
      rule: expect.stringMatching(/^must be at most 8192 bytes of JSON/),
    });
  });
});
