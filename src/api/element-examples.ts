/**
 * The per-kind message element examples of 04-message-elements.md §2–9 (../shared/im-api), one of each
 * MsgType: the contract's tests parse them, and the console's tests render them.
 */
import type { MsgElement } from './elements';

/** One documented example element per MsgType, by kind. */
export const documentedElements = {
  text: { MsgType: 'TIMTextElem', MsgContent: { Text: 'hello world' } },
  location: {
    MsgType: 'TIMLocationElem',
    MsgContent: { Desc: 'someinfo', Latitude: 29.340656774469956, Longitude: 116.77497920478824 },
  },
  face: { MsgType: 'TIMFaceElem', MsgContent: { Index: 1, Data: 'content' } },
  custom: {
    MsgType: 'TIMCustomElem',
    MsgContent: { Data: 'message', Desc: 'notification', Ext: 'url', Sound: 'dingdong.aiff' },
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
  video: {
    MsgType: 'TIMVideoFileElem',
    MsgContent: {
      VideoUrl: 'https://example.com/im/video/clip.mp4',
      VideoUUID: 'video_clip_1194603',
      VideoSize: 1194603,
      VideoSecond: 5,
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
} satisfies Record<string, MsgElement>;
