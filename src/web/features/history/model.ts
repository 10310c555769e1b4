/**
 * The chat-history area's shared vocabulary: what a transcript is opened on (`TranscriptTarget`) and
 * one message normalised from either API shape (`TranscriptMessage`). The viewer, the element
 * renderer, the actions and the exporters all speak these types; the API's own object stays in `raw`
 * so exports and "view raw" never lose a field.
 */
import type { C2cMessage } from '../../../api/c2c';
import type { ResponseMsgBody } from '../../../api/elements';
import type { GroupHistoryMsg } from '../../../api/endpoints/group_open_http_svc/group_msg_get_simple';

/** What a transcript shows: one side's view of a one-to-one chat, a group, or a Community topic. */
export type TranscriptTarget =
  /** `viewpoint`'s roaming view of the chat with `peer` (`admin_getroammsg` reads one side). */
  | { kind: 'c2c'; viewpoint: string; peer: string }
  | { kind: 'group'; groupId: string }
  /** A topic of a Community group; `groupId` is derived from the topic id. */
  | { kind: 'topic'; groupId: string; topicId: string };

/** One message in a transcript, whichever API it came from. */
export interface TranscriptMessage {
  /** Stable id within the transcript: the C2C `MsgKey`, or `seq:<MsgSeq>` for groups and topics. */
  id: string;
  /** C2C only: the `MsgKey` recall/modify address the message by. */
  msgKey?: string;
  /** `MsgSeq` (groups: the recall address; C2C: informative). */
  seq: number;
  /** `MsgRandom`, when the API gave one. */
  random?: number;
  /** Send time, Unix seconds (absent for some group placeholders). */
  time?: number;
  /** Sender UserID (absent for some system messages). */
  from?: string;
  /** C2C only: recipient UserID. */
  to?: string;
  /** Elements in the order sent; may be empty (recalled or system). */
  body: ResponseMsgBody;
  cloudCustomData?: string;
  /** Recalled (C2C `MsgFlagBits` 8, group `IsPlaceMsg` 2 or the recall placeholder). */
  recalled: boolean;
  /** Deleted/expired placeholder (group `IsPlaceMsg` 1). */
  placeholder: boolean;
  /** The API's own object, untouched (exports and "view raw" use it). */
  raw: C2cMessage | GroupHistoryMsg;
}
