/** Rules of message elements and offline-push settings (04-message-elements.md); examples copied from that page. */
import { describe, expect, it } from 'vitest';
import {
  knownElement,
  MSG_BODY_MAX_BYTES,
  msgBodySchema,
  msgElementSchema,
  msgTypes,
  offlinePushInfoSchema,
  responseMsgBodySchema,
} from './elements';
import { documentedElements as documentedElementsByKind } from './element-examples';

const documentedElements = Object.values(documentedElementsByKind);

/** The OfflinePushInfo example of 04-message-elements.md §11. */
const documentedPush = {
  PushFlag: 0,
  Title: 'offline push title',
  Desc: 'offline push text',
  Ext: '{"entity":{"key1":"value1"}}',
  AndroidInfo: { Sound: 'android.mp3', OPPOChannelID: 'oppo_channel_id', VIVOClassification: 1 },
  ApnsInfo: {
    Sound: 'apns.mp3',
    BadgeMode: 1,
    Title: 'apns title',
    SubTitle: 'apns subtitle',
    Image: 'www.image.com',
    MutableContent: 1,
  },
};

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('message elements', () => {
  it('parses every documented element example, one of each kind', () => {
    for (const e of documentedElements) {
      const r = msgElementSchema.safeParse(e);
      expect(r.success, `${e.MsgType}: ${r.error?.message}`).toBe(true);
    }
    expect(documentedElements.map((e) => e.MsgType).sort()).toEqual([...msgTypes].sort());
  });

  it('rejects an unknown MsgType, naming the field', () => {
    const r = msgElementSchema.safeParse({ MsgType: 'TIMMagicElem', MsgContent: {} });
    expect(r.success).toBe(false);
    expect(issuePaths(r)).toEqual(['MsgType']);
  });

  it('rejects a missing required content field and a download flag other than 2', () => {
    const noText = msgElementSchema.safeParse({ MsgType: 'TIMTextElem', MsgContent: {} });
    expect(issuePaths(noText)).toEqual(['MsgContent.Text']);
    const flag = msgElementSchema.safeParse({
      MsgType: 'TIMFileElem',
      MsgContent: { Url: 'u', UUID: 'x', FileSize: 1, FileName: 'f', Download_Flag: 1 },
    });
    expect(issuePaths(flag)).toEqual(['MsgContent.Download_Flag']);
  });

  it('rejects a bad image format and rendition type', () => {
    const r = msgElementSchema.safeParse({
      MsgType: 'TIMImageElem',
      MsgContent: {
        UUID: 'u',
        ImageFormat: 5,
        ImageInfoArray: [{ Type: 4, Size: 1, Width: 1, Height: 1, URL: 'x' }],
      },
    });
    expect(issuePaths(r).sort()).toEqual(['MsgContent.ImageFormat', 'MsgContent.ImageInfoArray.0.Type']);
  });

  it('keeps unknown keys inside MsgContent and accepts TIMRelayElem verbatim', () => {
    const r = msgElementSchema.parse({ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi', Future: 1 } });
    expect(r.MsgContent).toEqual({ Text: 'hi', Future: 1 });
    expect(msgElementSchema.safeParse({ MsgType: 'TIMRelayElem', MsgContent: { Title: 'x' } }).success).toBe(
      true,
    );
  });
});

describe('MsgBody', () => {
  it('accepts the documented combined body', () => {
    const body = [
      { MsgType: 'TIMTextElem', MsgContent: { Text: 'hello' } },
      { MsgType: 'TIMFaceElem', MsgContent: { Index: 1, Data: 'content' } },
    ];
    expect(msgBodySchema.safeParse(body).success).toBe(true);
  });

  it('rejects an empty body and a non-array', () => {
    expect(msgBodySchema.safeParse([]).success).toBe(false);
    expect(msgBodySchema.safeParse({ MsgType: 'TIMTextElem', MsgContent: { Text: 'x' } }).success).toBe(
      false,
    );
  });

  it('rejects a second TIMCustomElem, pointing at it', () => {
    const custom = { MsgType: 'TIMCustomElem', MsgContent: { Data: 'd' } };
    const r = msgBodySchema.safeParse([
      { MsgType: 'TIMTextElem', MsgContent: { Text: 'a' } },
      custom,
      custom,
    ]);
    expect(r.success).toBe(false);
    expect(issuePaths(r)).toEqual(['2.MsgType']);
    expect(r.error?.issues[0]?.message).toMatch(/at most one TIMCustomElem/);
  });

  it('rejects a body over the seed-era 8 KB limit and accepts one just under it', () => {
    const text = (n: number) => [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x'.repeat(n) } }];
    const overhead = JSON.stringify(text(0)).length;
    expect(msgBodySchema.safeParse(text(MSG_BODY_MAX_BYTES - overhead)).success).toBe(true);
    const r = msgBodySchema.safeParse(text(MSG_BODY_MAX_BYTES - overhead + 1));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/at most 8192 bytes/);
  });
});

describe('returned message bodies', () => {
  it('keeps an unknown element kind instead of dropping it, and types the known ones', () => {
    const body = responseMsgBodySchema.parse([
      { MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } },
      { MsgType: 'TIMBrandNewElem', MsgContent: { Anything: [1, 2] } },
    ]);
    expect(body).toHaveLength(2);
    expect(body[1]).toEqual({ MsgType: 'TIMBrandNewElem', MsgContent: { Anything: [1, 2] } });
    expect(knownElement(body[0]!)?.MsgType).toBe('TIMTextElem');
    expect(knownElement(body[1]!)).toBeUndefined();
  });
});

describe('OfflinePushInfo', () => {
  it('parses the documented example', () => {
    const r = offlinePushInfoSchema.safeParse(documentedPush);
    expect(r.success, r.error?.message).toBe(true);
  });

  it('rejects a bad PushFlag, BadgeMode and HuaWeiImportance, naming each field', () => {
    const r = offlinePushInfoSchema.safeParse({
      PushFlag: 2,
      ApnsInfo: { BadgeMode: 3 },
      AndroidInfo: { HuaWeiImportance: 'HIGH' },
    });
    expect(issuePaths(r).sort()).toEqual(['AndroidInfo.HuaWeiImportance', 'ApnsInfo.BadgeMode', 'PushFlag']);
  });

  it('keeps newer vendor fields verbatim', () => {
    const r = offlinePushInfoSchema.parse({ AndroidInfo: { OPPOCategory: 'IM' } });
    expect(r.AndroidInfo).toEqual({ OPPOCategory: 'IM' });
  });
});
