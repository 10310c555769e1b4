/** Word lists for the demo groups: names, introductions, notices and chat lines in English and Chinese. */

/** Work (Private) group names. */
export const workGroupNames = [
  '产品研发组',
  'Design Sync',
  '周末羽毛球',
  'Family 家人群',
  'Q3 Launch War Room',
  '前端小分队',
  'Ops On-call',
  '大学室友',
  'Marketing Crew',
  '年会筹备',
  'Data Team',
  '客服二组',
  'Book Club',
  '搬家互助',
  'Hiking Buddies',
  '测试组',
];

/** Public group names. */
export const publicGroupNames = [
  'Photography Lovers 摄影爱好者',
  '跑步打卡群',
  'React Developers',
  '上海美食探店',
  'Indie Game Devs',
  '考研交流群',
  'Crypto Talk',
  '猫咪爱好者',
  'Language Exchange 语言交换',
  '二手交易',
  'Startup Founders',
  '健身打卡',
  'Vinyl Collectors',
  '自驾游分享',
  'K-pop Fans',
  '读书分享会',
  'Cloud Native 云原生',
  '咖啡控',
];

/** Meeting (ChatRoom) group names. */
export const meetingGroupNames = [
  'Weekly Standup',
  '客户评审会',
  'Sprint Planning',
  '面试讨论',
  'Board Meeting',
  '培训课堂',
  'Incident Review',
  '项目启动会',
];

/** Live-stream (AVChatRoom) group names. */
export const liveGroupNames = [
  '直播间 · 晚八点',
  'Live: Product Launch',
  '电竞赛事直播',
  'Cooking Live 厨房直播',
  '音乐现场',
  'Tech Talk Live',
  '带货直播间',
  'Q&A Live with CEO',
];

/** Community group names. */
export const communityGroupNames = [
  'Open Source Community',
  '开发者社区',
  'Gamers Hub 玩家社区',
  'Creators Guild',
  '旅行者社区',
  'Fitness Community',
  '产品经理社群',
  'Anime Club 动漫社',
  'Parents Circle 家长圈',
  'Remote Workers',
];

/** Topic names for topic-enabled communities. */
export const topicNames = [
  'General 综合',
  'Announcements',
  '新手报到',
  'Help & Support',
  '闲聊灌水',
  'Showcase',
  '活动通知',
];

/** Group introductions. */
export const introductions = [
  'Welcome! Please read the notice before posting.',
  '欢迎加入，请先阅读群公告。',
  'A place to share, learn and have fun.',
  '禁止广告，文明交流。',
  'Official group. Be kind to each other.',
  '',
];

/** Group notifications (notices). */
export const notifications = [
  'Meeting moved to Thursday 3pm.',
  '本周六下午两点线下活动，地点见群文件。',
  'No spam or ads, please.',
  '请大家修改群名片为：姓名-城市',
  '',
];

/** Chat lines for text messages. */
export const chatLines = [
  '大家好！',
  'Good morning everyone',
  '收到 👍',
  'Anyone up for lunch?',
  '今晚几点开始？',
  'Thanks for sharing!',
  '这个方案我觉得可以',
  'Can someone review my PR?',
  '哈哈哈哈',
  'See you tomorrow',
  '已经修复了，麻烦再看一下',
  'Where is the meeting link?',
  '周末有人一起吗',
  'Great job team 🎉',
  '我晚点回复你',
  'LGTM',
  '新版本已经发布了',
  'Please check the notice',
  '好的，没问题',
  'What time works for you?',
];

/** Places for location messages. */
export const places: readonly [string, number, number][] = [
  ['上海市浦东新区陆家嘴', 31.2397, 121.4998],
  ['北京市海淀区中关村', 39.9834, 116.3162],
  ['深圳市南山区科技园', 22.5405, 113.9346],
  ['Marina Bay Sands, Singapore', 1.2834, 103.8607],
  ['Shibuya Crossing, Tokyo', 35.6595, 139.7005],
];

/** File names for file messages. */
export const fileNames = [
  'Q3-roadmap.pdf',
  '会议纪要.docx',
  'budget.xlsx',
  'design-v2.sketch',
  '活动海报.png',
  'release-notes.md',
];
