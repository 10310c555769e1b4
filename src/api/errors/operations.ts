/** Operations-API errors (get_history and getappinfo). */
import { RETRY, FIX_BODY } from './common-hints';
import type { Section } from './section';

/** The operations section of the IM error-code table. */
export const operationsErrors: Section = {
  service: 'operations',
  source: '13-operations.md',
  rows: [
    [
      130009,
      'Statistics store: SQL open failed.',
      '统计存储：SQL 打开失败。',
      RETRY.en,
      RETRY.zh,
      { retry: 'transient' },
    ],
    [
      130010,
      'Statistics store: SQL ping failed.',
      '统计存储：SQL 连接检测失败。',
      RETRY.en,
      RETRY.zh,
      { retry: 'transient' },
    ],
    [
      130011,
      'Statistics store: SQL query failed.',
      '统计存储：SQL 查询失败。',
      RETRY.en,
      RETRY.zh,
      { retry: 'transient' },
    ],
    [
      130012,
      'Statistics store: SQL result failed.',
      '统计存储：SQL 结果读取失败。',
      RETRY.en,
      RETRY.zh,
      { retry: 'transient' },
    ],
    [
      1001,
      'get_history: request parameter or URL problem (source partly illegible).',
      'get_history：请求参数或 URL 有误（文档部分不可辨认）。',
      FIX_BODY.en,
      FIX_BODY.zh,
    ],
    [
      1002,
      'get_history: invalid parameter value, apparently the requested hour (MsgTime).',
      'get_history：参数值非法，似乎与请求的小时（MsgTime）有关。',
      'Send MsgTime as YYYYMMDDHH (Beijing time) within the last 7 days.',
      '请以 YYYYMMDDHH（北京时间）格式传入最近 7 天内的 MsgTime。',
    ],
    [
      1003,
      'get_history: meaning unclear in source.',
      'get_history：文档中含义不明确。',
      'Check the request; retry later; contact Tencent Cloud support if it persists.',
      '请检查请求并稍后重试；若持续出现，请联系腾讯云技术支持。',
    ],
    [
      1004,
      'get_history: the archive is not available (source suggests the file or record does not exist yet).',
      'get_history：消息记录文件不可用（文档显示可能是文件尚未生成）。',
      'Archives appear some time after the hour ends; try again later.',
      '消息记录在该小时结束后一段时间才生成，请稍后再试。',
    ],
    [
      1005,
      'get_history: meaning unclear in source.',
      'get_history：文档中含义不明确。',
      'Check the request; retry later; contact Tencent Cloud support if it persists.',
      '请检查请求并稍后重试；若持续出现，请联系腾讯云技术支持。',
    ],
  ],
};
