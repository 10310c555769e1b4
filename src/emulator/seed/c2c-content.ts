/**
 * Message bodies for the demo C2C history: chat lines in English and Chinese with emoji codes, and
 * every element kind of ../shared/im-api/04-message-elements.md §2–9 with plausible sizes and URLs.
 * Invented text; any likeness to real conversations is chance.
 */
import type { ResponseMsgBody } from '../../api/elements';
import type { Rng } from './prng';

/** TUIKit-style emoji codes that clients render as images inside text. */
const emojiCodes = [
  '[TUIEmoji_Smile]',
  '[TUIEmoji_Like]',
  '[TUIEmoji_Heart]',
  '[微笑]',
  '[OK]',
  '[捂脸]',
  '[抱拳]',
  '[玫瑰]',
];

const englishLines = [
  'Hey, are you free this afternoon?',
  'Sure, what time works for you?',
  'Can you send me the latest draft?',
  'Just landed, will call you later',
  'Thanks a lot!',
  'Sounds good to me',
  'Running 10 minutes late, sorry',
  'Did you see the release notes?',
  'Lunch at the usual place?',
  'I pushed the fix, can you check?',
  'The meeting moved to 3pm',
  'Happy birthday!! 🎉',
  'Let me know when you are home',
  'Ok, talk tomorrow',
  'That invoice is still pending',
  'Where did we park? 😅',
  'Can you review my PR before Friday?',
  'Good night',
];

const chineseLines = [
  '你好，在吗？',
  '今天下午有空吗？',
  '好的，没问题',
  '我晚点给你回电话',
  '收到，谢谢！',
  '文件已经发你邮箱了',
  '明天几点开会？',
  '周末一起吃饭吧',
  '辛苦了',
  '我到楼下了',
  '这个方案我觉得可以',
  '稍等，我看一下',
  '哈哈哈哈笑死我了',
  '路上注意安全',
  '快递到了吗？',
  '晚安～',
];

const places = [
  { Desc: '深圳市南山区腾讯滨海大厦', Latitude: 22.5224, Longitude: 113.9352 },
  { Desc: '北京市朝阳区三里屯', Latitude: 39.9339, Longitude: 116.4551 },
  { Desc: '上海市浦东新区陆家嘴', Latitude: 31.2397, Longitude: 121.4998 },
  { Desc: 'Marina Bay Sands, Singapore', Latitude: 1.2834, Longitude: 103.8607 },
  { Desc: 'Alexanderplatz, Berlin', Latitude: 52.5219, Longitude: 13.4132 },
  { Desc: '杭州市西湖区断桥残雪', Latitude: 30.2587, Longitude: 120.1526 },
];

const fileNames = [
  ['Q3-report.pdf', 'pdf'],
  ['合同-终版.docx', 'docx'],
  ['design-v2.sketch', 'sketch'],
  ['报价单.xlsx', 'xlsx'],
  ['photos.zip', 'zip'],
  ['meeting-notes.md', 'md'],
] as const;

/** The element kinds the demo history uses, weighted like a real chat. */
export type DemoKind = 'text' | 'face' | 'location' | 'custom' | 'image' | 'sound' | 'video' | 'file';

/** Picks a kind: mostly text, some media, a few of the rest. */
export function pickKind(rng: Rng): DemoKind {
  return rng.weighted<DemoKind>([
    ['text', 70],
    ['image', 8],
    ['face', 5],
    ['sound', 5],
    ['custom', 4],
    ['file', 3],
    ['video', 3],
    ['location', 2],
  ]);
}

/** One chat line, Chinese or English, sometimes with an emoji code. */
export function chatLine(rng: Rng, chinese: boolean): string {
  const line = rng.pick(chinese ? chineseLines : englishLines);
  return rng.chance(0.25) ? `${line} ${rng.pick(emojiCodes)}` : line;
}

const cdn = 'https://cos.ap-guangzhou.myqcloud.com/im-demo';

/** A message body of `kind`; `tag` makes UUIDs and URLs unique. */
export function demoBody(rng: Rng, kind: DemoKind, tag: string, chinese: boolean): ResponseMsgBody {
  switch (kind) {
    case 'text':
      return [{ MsgType: 'TIMTextElem', MsgContent: { Text: chatLine(rng, chinese) } }];
    case 'face':
      return [
        { MsgType: 'TIMFaceElem', MsgContent: { Index: rng.int(0, 104), Data: `tt${rng.int(0, 99)}` } },
      ];
    case 'location':
      return [{ MsgType: 'TIMLocationElem', MsgContent: { ...rng.pick(places) } }];
    case 'custom': {
      const data = rng.chance(0.5)
        ? {
            businessID: 'order',
            orderId: `SO${rng.int(100000, 999999)}`,
            amount: rng.int(9, 2999) + 0.99,
            currency: 'CNY',
          }
        : {
            businessID: 'text_link',
            text: chinese ? '点击查看详情' : 'Open the shared doc',
            link: `https://example.com/s/${tag}`,
          };
      return [
        {
          MsgType: 'TIMCustomElem',
          MsgContent: { Data: JSON.stringify(data), Desc: data.businessID, Ext: '' },
        },
      ];
    }
    case 'image': {
      const w = rng.pick([1080, 1170, 1440, 3024]);
      const h = Math.round(w * rng.pick([0.75, 1, 1.333, 1.777]));
      const size = rng.int(180_000, 4_200_000);
      const url = `${cdn}/img/${tag}`;
      return [
        {
          MsgType: 'TIMImageElem',
          MsgContent: {
            UUID: `${size}_${tag}`,
            ImageFormat: rng.pick([1, 1, 3, 2]),
            ImageInfoArray: [
              { Type: 1, Size: size, Width: w, Height: h, URL: `${url}.jpg` },
              {
                Type: 2,
                Size: Math.round(size / 6),
                Width: 720,
                Height: Math.round((720 * h) / w),
                URL: `${url}_720.jpg`,
              },
              {
                Type: 3,
                Size: Math.round(size / 60),
                Width: 198,
                Height: Math.round((198 * h) / w),
                URL: `${url}_198.jpg`,
              },
            ],
          },
        },
      ];
    }
    case 'sound': {
      const second = rng.int(1, 58);
      const size = second * rng.int(1500, 4000);
      return [
        {
          MsgType: 'TIMSoundElem',
          MsgContent: {
            Url: `${cdn}/voice/${tag}.m4a`,
            UUID: `voice_${tag}`,
            Size: size,
            Second: second,
            Download_Flag: 2,
          },
        },
      ];
    }
    case 'video': {
      const second = rng.int(3, 90);
      return [
        {
          MsgType: 'TIMVideoFileElem',
          MsgContent: {
            VideoUrl: `${cdn}/video/${tag}.mp4`,
            VideoUUID: `video_${tag}`,
            VideoSize: second * rng.int(150_000, 600_000),
            VideoSecond: second,
            VideoFormat: 'mp4',
            VideoDownloadFlag: 2,
            ThumbUrl: `${cdn}/video/${tag}.jpg`,
            ThumbUUID: `thumb_${tag}`,
            ThumbSize: rng.int(8_000, 40_000),
            ThumbWidth: 720,
            ThumbHeight: 1280,
            ThumbFormat: 'JPG',
            ThumbDownloadFlag: 2,
          },
        },
      ];
    }
    case 'file': {
      const [name] = rng.pick(fileNames);
      const size = rng.int(12_000, 18_000_000);
      return [
        {
          MsgType: 'TIMFileElem',
          MsgContent: {
            Url: `${cdn}/file/${tag}/${encodeURIComponent(name)}`,
            UUID: `file_${tag}`,
            FileSize: size,
            FileName: name,
            Download_Flag: 2,
          },
        },
      ];
    }
  }
}
