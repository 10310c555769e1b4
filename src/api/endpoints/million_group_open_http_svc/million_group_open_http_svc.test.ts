/** Focused rule tests for the community-topic contracts (09-topics.md). */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { endpoint as createTopic } from './create_topic';
import { endpoint as destroyTopic } from './destroy_topic';
import { endpoint as getTopic } from './get_topic';
import { endpoint as modifyTopic } from './modify_topic';

const G = '@TGS#_@TGS#cQVLVHIM62CJ';
const T = `${G}@TOPIC#_TestTopic`;

/** The dotted paths of the issues a request raises (empty when it parses). */
function issuePaths(schema: z.ZodType, body: unknown): string[] {
  const r = schema.safeParse(body);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
}

describe('topic contracts', () => {
  it('classify access and rate as documented', () => {
    expect(createTopic.access).toBe('write');
    expect(destroyTopic.access).toBe('dangerous');
    expect(getTopic.access).toBe('read');
    expect(modifyTopic.access).toBe('write');
    for (const e of [createTopic, destroyTopic, getTopic, modifyTopic])
      expect(e.rate).toEqual({ perSecond: 200 });
  });
});

describe('create_topic', () => {
  it('requires GroupId and TopicName', () => {
    expect(issuePaths(createTopic.request, { GroupId: G })).toEqual(['TopicName']);
    expect(issuePaths(createTopic.request, { TopicName: 't' })).toEqual(['GroupId']);
  });

  it('limits the name to 30 bytes and the custom string to 3000 bytes', () => {
    expect(issuePaths(createTopic.request, { GroupId: G, TopicName: '话'.repeat(11) })).toEqual([
      'TopicName',
    ]);
    expect(
      issuePaths(createTopic.request, { GroupId: G, TopicName: 't', CustomString: 'c'.repeat(3001) }),
    ).toEqual(['CustomString']);
  });

  it('requires a custom TopicId to extend the GroupId with @TOPIC#_', () => {
    expect(issuePaths(createTopic.request, { GroupId: G, TopicName: 't', TopicId: T })).toEqual([]);
    const other = '@TGS#_@TGS#other@TOPIC#_TestTopic';
    expect(issuePaths(createTopic.request, { GroupId: G, TopicName: 't', TopicId: other })).toEqual([
      'TopicId',
    ]);
    expect(issuePaths(createTopic.request, { GroupId: G, TopicName: 't', TopicId: 'TestTopic' })).toEqual([
      'TopicId',
    ]);
  });

  it('checks custom data keys', () => {
    const body = { GroupId: G, TopicName: 't', TopicDefinedData: [{ Key: 'bad key', Value: 'v' }] };
    expect(issuePaths(createTopic.request, body)).toEqual(['TopicDefinedData.0.Key']);
  });
});

describe('destroy_topic, get_topic, modify_topic', () => {
  it('destroy_topic needs at least one well-formed topic ID', () => {
    expect(issuePaths(destroyTopic.request, { GroupId: G, TopicIdList: [] })).toEqual(['TopicIdList']);
    expect(issuePaths(destroyTopic.request, { GroupId: G, TopicIdList: ['TestTopic'] })).toEqual([
      'TopicIdList.0',
    ]);
  });

  it('get_topic accepts known filter fields only', () => {
    expect(
      issuePaths(getTopic.request, { GroupId: G, ResponseFilter: ['TopicName', 'CustomString'] }),
    ).toEqual([]);
    expect(issuePaths(getTopic.request, { GroupId: G, ResponseFilter: ['Owner'] })).toEqual([
      'ResponseFilter.0',
    ]);
  });

  it('modify_topic requires TopicId and accepts lower-case on/off as the seed comment writes it', () => {
    expect(issuePaths(modifyTopic.request, { GroupId: G })).toEqual(['TopicId']);
    expect(issuePaths(modifyTopic.request, { GroupId: G, TopicId: T, MuteAllMember: 'off' })).toEqual([]);
    expect(issuePaths(modifyTopic.request, { GroupId: G, TopicId: T, MuteAllMember: 'yes' })).toEqual([
      'MuteAllMember',
    ]);
  });

  it('get_topic answers keep per-topic errors without a TopicInfo', () => {
    const res = getTopic.response.parse({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: 'ok',
      TopicAndSelfInfo: [{ ErrorCode: 110002, ErrorInfo: 'topic not exist' }],
    });
    expect(res.TopicAndSelfInfo?.[0]?.TopicInfo).toBeUndefined();
  });
});
