/**
 * Demo message bodies for the group seed: text, face, location, custom JSON, image, sound, video
 * and file elements, valid under ../shared/im-api/04-message-elements.md (the request schemas).
 */
import type { GroupMessage } from '../state/groups-model';
import { chatLines, fileNames, places } from './group-words';
import type { Rng } from './prng';

const HEX = '0123456789abcdef';
const uuid = (rng: Rng) => Array.from({ length: 32 }, () => rng.pick([...HEX])).join('');
const CDN = 'https://cos.ap-shanghai.myqcloud.com/demo-im';

/** One demo message body of a kind chosen by weight (mostly text). */
export function demoMsgBody(rng: Rng): GroupMessage['body'] {
  const kind = rng.weighted([
    ['text', 60],
    ['face', 6],
    ['location', 4],
    ['custom', 8],
    ['image', 10],
    ['sound', 5],
    ['video', 3],
    ['file', 4],
  ] as const);
  const id = uuid(rng);
  switch (kind) {
    case 'text':
      return [{ MsgType: 'TIMTextElem', MsgContent: { Text: rng.pick(chatLines) } }];
    case 'face':
      return [
        { MsgType: 'TIMTextElem', MsgContent: { Text: rng.pick(chatLines) } },
        { MsgType: 'TIMFaceElem', MsgContent: { Index: rng.int(1, 40), Data: '' } },
      ];
    case 'location': {
      const [Desc, Latitude, Longitude] = rng.pick(places);
      return [{ MsgType: 'TIMLocationElem', MsgContent: { Desc, Latitude, Longitude } }];
    }
    case 'custom': {
      const data = rng.chance(0.5)
        ? { type: 'red_packet', amount: rng.int(1, 200), currency: 'CNY' }
        : { type: 'order_card', orderId: `O${rng.int(100000, 999999)}`, status: 'shipped' };
      return [
        {
          MsgType: 'TIMCustomElem',
          MsgContent: {
            Data: JSON.stringify(data),
            Desc: data.type === 'red_packet' ? '[红包]' : '[订单]',
            Ext: '',
          },
        },
      ];
    }
    case 'image': {
      const w = rng.pick([1080, 1280, 1920]);
      const h = Math.round((w * rng.pick([3, 4, 9])) / 16);
      const url = `${CDN}/images/${id}.jpg`;
      return [
        {
          MsgType: 'TIMImageElem',
          MsgContent: {
            UUID: id,
            ImageFormat: 1,
            ImageInfoArray: [
              { Type: 1, Size: rng.int(200_000, 3_000_000), Width: w, Height: h, URL: url },
              {
                Type: 2,
                Size: rng.int(80_000, 200_000),
                Width: 720,
                Height: Math.round((720 * h) / w),
                URL: `${url}?large`,
              },
              {
                Type: 3,
                Size: rng.int(5_000, 30_000),
                Width: 198,
                Height: Math.round((198 * h) / w),
                URL: `${url}?thumb`,
              },
            ],
          },
        },
      ];
    }
    case 'sound':
      return [
        {
          MsgType: 'TIMSoundElem',
          MsgContent: {
            Url: `${CDN}/audio/${id}.m4a`,
            UUID: id,
            Size: rng.int(5_000, 90_000),
            Second: rng.int(1, 59),
            Download_Flag: 2,
          },
        },
      ];
    case 'video':
      return [
        {
          MsgType: 'TIMVideoFileElem',
          MsgContent: {
            VideoUrl: `${CDN}/video/${id}.mp4`,
            VideoUUID: id,
            VideoSize: rng.int(1_000_000, 20_000_000),
            VideoSecond: rng.int(3, 120),
            VideoFormat: 'mp4',
            VideoDownloadFlag: 2,
            ThumbUrl: `${CDN}/video/${id}.jpg`,
            ThumbUUID: `${id}-thumb`,
            ThumbSize: rng.int(10_000, 60_000),
            ThumbWidth: 720,
            ThumbHeight: 1280,
            ThumbFormat: 'JPG',
            ThumbDownloadFlag: 2,
          },
        },
      ];
    case 'file': {
      const FileName = rng.pick(fileNames);
      return [
        {
          MsgType: 'TIMFileElem',
          MsgContent: {
            Url: `${CDN}/files/${id}/${encodeURIComponent(FileName)}`,
            UUID: id,
            FileSize: rng.int(10_000, 8_000_000),
            FileName,
            Download_Flag: 2,
          },
        },
      ];
    }
  }
}
