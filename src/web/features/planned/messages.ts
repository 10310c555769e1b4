/** What each not-yet-built area will hold, so its page says so instead of showing a blank. */
import { defineMessages } from '../../lib/i18n/i18n';

export const plannedMessages = defineMessages({
  en: {
    badge: 'Coming next',
    intro: 'This area is planned. Here is what it will hold:',
    meanwhile: 'Meanwhile, the Users area and the Ctrl/⌘-K search already work.',
    areas: {
      groups: {
        title: 'Groups',
        items:
          'Browse every group with its type, owner and member count · create, edit and import groups · members, roles and mutes · owner transfer · group messages and notifications',
      },
      topics: {
        title: 'Topics',
        items: 'Community groups and their topics · create, edit and delete topics · topic transcripts',
      },
      history: {
        title: 'Chat history',
        items:
          'Transcripts of one-to-one chats, groups and topics, rendered like a chat · jump to a date · search · recall and modify messages · export for tickets · hourly archives',
      },
      push: {
        title: 'Push',
        items:
          'All-member and segment pushes with tag and attribute conditions · live preview · test send · push log · audience attributes and tags',
      },
      stats: {
        title: 'Statistics',
        items:
          'Daily statistics of users, messages, groups and pushes · KPI cards with day-on-day and week-on-week change · charts and table · CSV export',
      },
      audit: {
        title: 'Audit log',
        items:
          'Every change made through the console: who, when, what, and the IM answer · filters and export',
      },
      settings: {
        title: 'Settings',
        items: 'The app and its limits · IM server IP list · operators and roles · account-wide mutes',
      },
    },
  },
  zh: {
    badge: '即将推出',
    intro: '此区域正在规划中，将包含：',
    meanwhile: '目前“用户”区域和 Ctrl/⌘-K 搜索已可使用。',
    areas: {
      groups: {
        title: '群组',
        items:
          '浏览所有群组及其类型、群主和成员数 · 创建、编辑和导入群组 · 成员、角色和禁言 · 转让群主 · 群消息和系统通知',
      },
      topics: {
        title: '话题',
        items: '社群及其话题 · 创建、编辑和删除话题 · 话题聊天记录',
      },
      history: {
        title: '聊天记录',
        items:
          '单聊、群聊和话题的聊天记录，以对话形式展示 · 按日期跳转 · 搜索 · 撤回和修改消息 · 导出附到工单 · 按小时的消息归档',
      },
      push: {
        title: '推送',
        items: '按标签和属性条件向全员或分群推送 · 实时预览 · 测试发送 · 推送记录 · 受众属性和标签',
      },
      stats: {
        title: '统计',
        items: '用户、消息、群组和推送的每日统计 · 含日环比和周同比的指标卡片 · 图表和表格 · 导出 CSV',
      },
      audit: {
        title: '审计日志',
        items: '通过控制台做出的每次变更：谁、何时、做了什么、IM 的返回 · 筛选和导出',
      },
      settings: {
        title: '设置',
        items: '应用及其限制 · IM 服务器 IP 列表 · 操作员和角色 · 全局禁言',
      },
    },
  },
});
