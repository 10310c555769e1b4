/** `group_open_http_svc/send_group_msg`: post a stored message in a group (../shared/im-api/11-groups-messages.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/send_group_msg';
import { groupTypeInfo } from '../../../api/group';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { groupIdParamCode, isBodySizeIssue, optionalTopic, requireGroup } from './group-common';
import { appendGroupMessage, assertMaySpeak } from './group-messages';

/** Messages one group accepts per second before flow control drops them (11-groups-messages.md §0). */
export const GROUP_MSGS_PER_SECOND = 40;

const priorities = { High: 1, Normal: 2, Low: 3, Lowest: 4 } as const;

/**
 * Checks the group (10010), topic, sender (an unknown `From_Account` → 10004; default: the calling
 * admin), type rules (online-only, `To_Account` and @all where not allowed → 10007) and mutes
 * (10017: in-group or topic mute, mute-all for ordinary senders, global group mute). A repeat of the
 * same sender+`Random` within 5 minutes echoes the first message's seq and time. `OnlineOnlyFlag: 1`
 * stores nothing and answers `MsgSeq` 0; more than 40 messages in one second in a group are dropped
 * with `MsgDropReason: "MsgFreqCtrl"`. Otherwise the message takes the group's (or topic's) next seq.
 */
export const sendGroupMsg = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    const topic = optionalTopic(g, req.TopicId);
    const from = req.From_Account ?? ctx.caller;
    if (!ctx.store.isImported(from)) throw new ImFailure(10004, `From_Account ${from} does not exist`);
    const info = groupTypeInfo[g.type];
    if (req.OnlineOnlyFlag === 1 && g.type === 'AVChatRoom') {
      throw new ImFailure(10007, 'OnlineOnlyFlag is not supported in an AVChatRoom');
    }
    if (req.To_Account && !['Private', 'Public', 'ChatRoom'].includes(g.type)) {
      throw new ImFailure(10007, `targeted messages (To_Account) are not supported in a ${g.type} group`);
    }
    if (g.type === 'AVChatRoom' && req.GroupAtInfo?.some((a) => a.GroupAtAllFlag === 1)) {
      throw new ImFailure(10007, '@all is not supported in an AVChatRoom');
    }
    assertMaySpeak(ctx, g, from, topic);
    const now = ctx.nowSeconds;
    const dedupKey = [g.groupId, topic?.topicId ?? '', from, req.Random].join('|');
    const repeat = ctx.store.groups.recentSend(dedupKey, now);
    if (repeat) return { MsgTime: repeat.time, MsgSeq: repeat.seq };
    if (req.OnlineOnlyFlag === 1) return { MsgTime: now, MsgSeq: 0 };
    const timeline = topic ? topic.messages : g.messages;
    let inThisSecond = 0;
    for (let i = timeline.length - 1; i >= 0 && timeline[i]?.time === now; i--) inThisSecond++;
    if (inThisSecond >= GROUP_MSGS_PER_SECOND)
      return { MsgTime: now, MsgSeq: 0, MsgDropReason: 'MsgFreqCtrl' };
    const countsUnread = info.supportsUnread && !req.To_Account && !req.SendMsgControl?.includes('NoUnread');
    const msg = appendGroupMessage(
      ctx,
      g,
      topic,
      {
        random: req.Random,
        time: now,
        from,
        body: req.MsgBody,
        ...(req.CloudCustomData !== undefined ? { cloudCustomData: req.CloudCustomData } : {}),
        priority: priorities[req.MsgPriority ?? 'Normal'],
        ...(req.To_Account ? { to: [...req.To_Account] } : {}),
      },
      countsUnread,
    );
    ctx.store.groups.rememberSend(dedupKey, msg.seq, now);
    // AVChatRoom messages never enter conversation lists (no roaming there; the demo seed agrees).
    if (!topic && g.type !== 'AVChatRoom' && !req.SendMsgControl?.includes('NoLastMsg')) {
      // Recipients' conversation lists (08-conversations.md §1): targeted messages reach only their targets.
      const recipients = req.To_Account
        ? [from, ...req.To_Account].filter((a) => g.members.has(a))
        : g.members.keys();
      ctx.store.conversations.noteGroupMessage(g.groupId, recipients, now, msg.seq);
    }
    return { MsgTime: now, MsgSeq: msg.seq };
  },
  {
    paramCode: (issue) => (isBodySizeIssue(issue) ? 80002 : groupIdParamCode(issue)),
  },
);
