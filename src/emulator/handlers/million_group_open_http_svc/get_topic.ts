/** `million_group_open_http_svc/get_topic`: topic profiles of a community (../shared/im-api/09-topics.md). */
import { endpoint } from '../../../api/endpoints/million_group_open_http_svc/get_topic';
import type { TopicInfo } from '../../../api/endpoints/million_group_open_http_svc/get_topic';
import { defineHandler } from '../../handler';
import type { HandlerContext } from '../../handler';
import type { GroupRecord, TopicRecord } from '../../state/groups-model';
import { groupIdParamCode } from '../group_open_http_svc/group-common';
import { TOPIC_NOT_FOUND_CODE, requireTopicGroup } from './topic-common';

function topicInfo(g: GroupRecord, t: TopicRecord, filter: readonly string[] | undefined): TopicInfo {
  const all: TopicInfo = {
    TopicName: t.name,
    GroupID: g.groupId,
    FaceUrl: t.faceUrl,
    TopicId: t.topicId,
    NextMsgSeq: t.nextMsgSeq,
    Notification: t.notification,
    Introduction: t.introduction,
    CreateTime: t.createTime,
    LastMsgTime: t.lastMsgTime,
    ShutUpAllFlag: t.muteAll ? 1 : 0,
    CustomString: t.customString,
  };
  const data = t.data.map(([Key, Value]) => ({ Key, Value }));
  if (!filter) return data.length ? { ...all, TopicDefinedData: data } : all;
  const out = Object.fromEntries(
    Object.entries(all).filter(([k]) => k === 'GroupID' || k === 'TopicId' || filter.includes(k)),
  ) as TopicInfo;
  return filter.includes('TopicDefinedData') ? { ...out, TopicDefinedData: data } : out;
}

function selfInfo(ctx: HandlerContext, g: GroupRecord, t: TopicRecord, userId: string) {
  return {
    ShutUpTime: ctx.store.groups.muteUntil(g, userId, ctx.nowSeconds, t),
    MsgSeq: 0,
    MsgFlag: g.members.get(userId)?.msgFlag ?? ('AcceptAndNotify' as const),
  };
}

/**
 * Every topic (by creation time) or the listed ones in order; an unknown ID gets a per-item 110002.
 * `ResponseFilter` keeps the named fields plus `GroupID` and `TopicId`; `TopicDefinedData` comes back
 * when named, or unfiltered when set. `SelfInfo` (only with `From_Account`): `ShutUpTime` is the
 * absolute mute end in the topic (0 = not muted), `MsgSeq` 0, `MsgFlag` the member's group flag.
 */
export const getTopic = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireTopicGroup(ctx, req.GroupId);
    const topics =
      req.TopicIdList ??
      [...g.topics.values()].sort((a, b) => a.createTime - b.createTime).map((t) => t.topicId);
    return {
      ErrorInfo: 'ok',
      TopicAndSelfInfo: topics.map((topicId) => {
        const t = g.topics.get(topicId);
        if (!t) return { ErrorCode: TOPIC_NOT_FOUND_CODE, ErrorInfo: 'topic not exist' };
        return {
          ErrorCode: 0,
          ErrorInfo: 'ok',
          ...(req.From_Account !== undefined ? { SelfInfo: selfInfo(ctx, g, t, req.From_Account) } : {}),
          TopicInfo: topicInfo(g, t, req.ResponseFilter),
        };
      }),
    };
  },
  { paramCode: groupIdParamCode },
);
