/** Message elements of every kind, as history reads return them (04-message-elements.md examples), for tests and demos. */
import { documentedElements } from '../../../../api/element-examples';
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
  image: documentedElements.image,
  sound: documentedElements.sound,
  // Longer than the documented 5 s, so the tests see minutes in its length (1:15).
  video: {
    ...documentedElements.video,
    MsgContent: { ...documentedElements.video.MsgContent, VideoSecond: 75 },
  },
  file: documentedElements.file,
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
