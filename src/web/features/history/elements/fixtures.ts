/** Message elements of every kind, as history reads return them (04-message-elements.md examples), for tests and demos. */
import type { ResponseMsgElement } from '../../../../api/elements';

/** One element of each documented kind, plus a merged message and an unknown kind. */
export const everyElement = {
  text: { MsgType: 'TIMTextElem', MsgContent: { Text: 'Hello [微笑] world, hello again [TUIEmoji_Smile]' } },
  face: { MsgType: 'TIMFaceElem', MsgContent: { Index: 7, Data: 'tt07' } },
  location: {
    MsgType: 'TIMLocationElem',
    MsgContent: { Desc: '深圳市南山区腾讯滨海大厦', Latitude: 22.5224, Longitude: 113.9352 },
  },
  custom: {
    MsgType: 'TIMCustomElem',
    MsgContent: {
      Data: '{"businessID":"order","orderId":"SO123456","amount":99.99}',
      Desc: 'order',
      Ext: 'url',
      Sound: 'dingdong.aiff',
    },
  },
  image: {
    MsgType: 'TIMImageElem',
    MsgContent: {
      UUID: '1853095_D61040894AC3DE44CDFFFB3EC7EB720F',
      ImageFormat: 1,
      ImageInfoArray: [
        { Type: 1, Size: 1853095, Width: 2448, Height: 3264, URL: 'https://example.com/im/img/orig.jpg' },
        { Type: 2, Size: 2369, Width: 720, Height: 960, URL: 'https://example.com/im/img/large.jpg' },
        { Type: 3, Size: 7100, Width: 198, Height: 264, URL: 'https://example.com/im/img/thumb.jpg' },
      ],
    },
  },
  sound: {
    MsgType: 'TIMSoundElem',
    MsgContent: {
      Url: 'https://example.com/im/voice/8401.m4a',
      UUID: '5_1_voice_8401',
      Size: 8401,
      Second: 2,
      Download_Flag: 2,
    },
  },
  video: {
    MsgType: 'TIMVideoFileElem',
    MsgContent: {
      VideoUrl: 'https://example.com/im/video/clip.mp4',
      VideoUUID: 'video_clip_1194603',
      VideoSize: 1194603,
      VideoSecond: 75,
      VideoFormat: 'mp4',
      VideoDownloadFlag: 2,
      ThumbUrl: 'https://example.com/im/video/clip.jpg',
      ThumbUUID: 'thumb_clip_13907',
      ThumbSize: 13907,
      ThumbWidth: 720,
      ThumbHeight: 1280,
      ThumbFormat: 'JPG',
      ThumbDownloadFlag: 2,
    },
  },
  file: {
    MsgType: 'TIMFileElem',
    MsgContent: {
      Url: 'https://example.com/im/file/report.pdf',
      UUID: 'file_report_1773552',
      FileSize: 1773552,
      FileName: 'report.pdf',
      Download_Flag: 2,
    },
  },
  relay: {
    MsgType: 'TIMRelayElem',
    MsgContent: {
      Title: 'Chat history of alice and bob',
      MsgNum: 2,
      CompatibleText: 'Upgrade to see merged messages',
      AbstractList: ['alice: see you at 3', 'bob: ok'],
      MsgList: [
        {
          From_Account: 'alice',
          To_Account: 'bob',
          MsgTimeStamp: 1700000000,
          MsgSeq: 1,
          MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'see you at 3' } }],
        },
        {
          From_Account: 'bob',
          To_Account: 'alice',
          MsgTimeStamp: 1700000060,
          MsgSeq: 2,
          MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'ok' } }],
        },
      ],
    },
  },
  unknown: { MsgType: 'TIMStreamElem', MsgContent: { Chunk: 3, Text: 'partial <b>answer</b>' } },
} satisfies Record<string, ResponseMsgElement>;
