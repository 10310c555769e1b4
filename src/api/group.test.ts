import { describe, expect, it } from 'vitest';
import {
  GROUP_TYPES,
  MUTE_FOREVER,
  appDefinedDataItemSchema,
  appDefinedDataSchema,
  canonicalGroupType,
  customGroupIdProblem,
  groupIdOfTopic,
  groupIdRefSchema,
  groupIdSchema,
  groupInfoFieldLabels,
  groupInfoFieldSchema,
  groupTypeInfo,
  groupTypeInputSchema,
  groupTypeSchema,
  isMuted,
  memberInfoFieldLabels,
  msgFlagSchema,
  muteTimeSchema,
  muteUntilFor,
  roleInGroupSchema,
  settableRoleSchema,
  topicBelongsTo,
  topicIdSchema,
} from './group';

const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.error?.issues[0]?.message;

describe('group types', () => {
  it('accepts the REST names and rejects the SDK names where only REST names are allowed', () => {
    for (const t of GROUP_TYPES) expect(groupTypeSchema.safeParse(t).success).toBe(true);
    const r = groupTypeSchema.safeParse('Work');
    expect(r.success).toBe(false);
    expect(firstMessage(r)).toBe('must be one of Private, Public, ChatRoom, AVChatRoom, Community');
  });

  it('maps the Work and Meeting aliases to the names the service stores', () => {
    expect(groupTypeInputSchema.safeParse('Meeting').success).toBe(true);
    expect(canonicalGroupType('Work')).toBe('Private');
    expect(canonicalGroupType('Meeting')).toBe('ChatRoom');
    expect(canonicalGroupType('Community')).toBe('Community');
  });

  it('records the documented capabilities and limits', () => {
    expect(groupTypeInfo.Private.supportsMute).toBe(false);
    expect(groupTypeInfo.AVChatRoom.maxMembers).toBeNull();
    expect(groupTypeInfo.AVChatRoom.restManagesMembers).toBe(false);
    expect(groupTypeInfo.Community.defaultMaxMembers).toBe(100_000);
    expect(groupTypeInfo.Public.maxMembers).toBe(6000);
    expect(groupTypeInfo.Private.roles).not.toContain('Admin');
    expect(groupTypeInfo.ChatRoom.label.zh).toContain('Meeting');
  });
});

describe('group IDs', () => {
  it('accepts a custom ID up to 48 bytes of printable ASCII', () => {
    expect(groupIdSchema.safeParse('MyFirstGroup').success).toBe(true);
    expect(groupIdSchema.safeParse('a'.repeat(48)).success).toBe(true);
    expect(firstMessage(groupIdSchema.safeParse('a'.repeat(49)))).toBe('must be at most 48 bytes');
    expect(firstMessage(groupIdSchema.safeParse('群组'))).toBe('must be printable ASCII');
    expect(firstMessage(groupIdSchema.safeParse(''))).toBe('must not be empty');
  });

  it('reserves the @TGS# prefix for server IDs but allows the Community @TGS#_ prefix', () => {
    expect(groupIdSchema.safeParse('@TGS#2J4SZEAEL').success).toBe(false);
    expect(groupIdSchema.safeParse('@TGS#_my_community').success).toBe(true);
    expect(groupIdRefSchema.safeParse('@TGS#2J4SZEAEL').success).toBe(true);
  });

  it('ties the prefix to the type', () => {
    expect(customGroupIdProblem('my_community', 'Community')).toMatch(/@TGS#_/);
    expect(customGroupIdProblem('@TGS#_x', 'Community')).toBeUndefined();
    expect(customGroupIdProblem('@TGS#_x', 'Public')).toMatch(/must not start with @TGS#/);
    expect(customGroupIdProblem('MyFirstGroup', 'Public')).toBeUndefined();
  });
});

describe('topic IDs', () => {
  const topic = '@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic';

  it('accepts custom and generated topic IDs and rejects other strings', () => {
    expect(topicIdSchema.safeParse(topic).success).toBe(true);
    expect(topicIdSchema.safeParse('@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cETE3HIM62CQ').success).toBe(true);
    expect(topicIdSchema.safeParse('@TGS#_@TGS#cQVLVHIM62CJ').success).toBe(false);
    expect(topicIdSchema.safeParse('@TOPIC#_x').success).toBe(false);
    expect(topicIdSchema.safeParse('@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_').success).toBe(false);
  });

  it('recovers the community from a topic ID', () => {
    expect(groupIdOfTopic(topic)).toBe('@TGS#_@TGS#cQVLVHIM62CJ');
    expect(groupIdOfTopic('no-topic')).toBeUndefined();
    expect(topicBelongsTo(topic, '@TGS#_@TGS#cQVLVHIM62CJ')).toBe(true);
    expect(topicBelongsTo(topic, '@TGS#_@TGS#other')).toBe(false);
  });
});

describe('roles, flags and fields', () => {
  it('never lets a request set the owner role', () => {
    expect(settableRoleSchema.safeParse('Admin').success).toBe(true);
    expect(settableRoleSchema.safeParse('Owner').success).toBe(false);
    expect(roleInGroupSchema.safeParse('NotMember').success).toBe(true);
  });

  it('knows the newer MsgFlag value', () => {
    expect(msgFlagSchema.safeParse('AcceptNotNotifyExceptAt').success).toBe(true);
    expect(msgFlagSchema.safeParse('Mute').success).toBe(false);
  });

  it('labels every filterable field in both languages', () => {
    expect(groupInfoFieldSchema.safeParse('MuteAllMember').success).toBe(true);
    expect(groupInfoFieldSchema.safeParse('Nickname').success).toBe(false);
    for (const l of [...Object.values(groupInfoFieldLabels), ...Object.values(memberInfoFieldLabels)]) {
      expect(l.en.length).toBeGreaterThan(0);
      expect(l.zh.length).toBeGreaterThan(0);
    }
    expect(groupInfoFieldLabels.Notification.zh).toBe('群公告');
  });
});

describe('custom data', () => {
  it('enforces the key charset and length and the value byte limit', () => {
    expect(
      appDefinedDataItemSchema.safeParse({ Key: 'GroupTestData2', Value: 'abc\u0000\u0001' }).success,
    ).toBe(true);
    expect(
      appDefinedDataItemSchema.safeParse({ Key: 'Group-Data', Value: 'x' }).error?.issues[0]?.path,
    ).toEqual(['Key']);
    expect(appDefinedDataItemSchema.safeParse({ Key: 'k'.repeat(17), Value: 'x' }).success).toBe(false);
    expect(appDefinedDataItemSchema.safeParse({ Key: 'k', Value: '字'.repeat(171) }).success).toBe(false);
    expect(appDefinedDataItemSchema.safeParse({ Key: 'k', Value: '' }).success).toBe(true);
  });

  it('allows at most 10 group keys', () => {
    const items = Array.from({ length: 11 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    expect(appDefinedDataSchema.safeParse(items.slice(0, 10)).success).toBe(true);
    expect(appDefinedDataSchema.safeParse(items).success).toBe(false);
  });
});

describe('mute times', () => {
  it('accepts 0 (unmute) through 4294967295 (forever) seconds', () => {
    expect(muteTimeSchema.safeParse(0).success).toBe(true);
    expect(muteTimeSchema.safeParse(MUTE_FOREVER).success).toBe(true);
    expect(muteTimeSchema.safeParse(MUTE_FOREVER + 1).success).toBe(false);
    expect(muteTimeSchema.safeParse(-1).success).toBe(false);
    expect(muteTimeSchema.safeParse(1.5).success).toBe(false);
  });

  it('turns a duration into an absolute end', () => {
    expect(muteUntilFor(60, 1_700_000_000)).toBe(1_700_000_060);
    expect(muteUntilFor(0, 1_700_000_000)).toBe(0);
    expect(muteUntilFor(MUTE_FOREVER, 1_700_000_000)).toBe(MUTE_FOREVER);
    expect(isMuted(1_700_000_060, 1_700_000_000)).toBe(true);
    expect(isMuted(1_700_000_060, 1_700_000_060)).toBe(false);
    expect(isMuted(0, 1_700_000_000)).toBe(false);
    expect(isMuted(MUTE_FOREVER, 5_000_000_000)).toBe(true);
  });
});
