/** Conversation building blocks (08-conversations.md): the ContactItem rule, names and mark bits. */
import { describe, expect, it } from 'vitest';
import { contactGroupNameSchema, contactItemSchema, customMarkSchema, markBitSchema } from './conversation';

describe('ContactItem', () => {
  it('accepts a C2C and a group conversation', () => {
    expect(contactItemSchema.safeParse({ Type: 1, To_Account: 'user1' }).success).toBe(true);
    expect(contactItemSchema.safeParse({ Type: 2, ToGroupId: '@TGS#1N3RSUYG2' }).success).toBe(true);
  });

  it('requires the id that matches Type, naming it', () => {
    expect(contactItemSchema.safeParse({ Type: 1, ToGroupId: 'g' }).error?.issues[0]?.path).toEqual([
      'To_Account',
    ]);
    expect(contactItemSchema.safeParse({ Type: 2, To_Account: 'u' }).error?.issues[0]?.path).toEqual([
      'ToGroupId',
    ]);
  });

  it('rejects other types', () => {
    expect(contactItemSchema.safeParse({ Type: 3, To_Account: 'u' }).error?.issues[0]?.message).toBe(
      'must be 1 (C2C) or 2 (group)',
    );
  });
});

describe('names and marks', () => {
  it('caps group names at 32 bytes and custom marks at 256 bytes', () => {
    expect(contactGroupNameSchema.safeParse('x'.repeat(32)).success).toBe(true);
    expect(contactGroupNameSchema.safeParse('x'.repeat(33)).success).toBe(false);
    expect(contactGroupNameSchema.safeParse('').success).toBe(false);
    expect(customMarkSchema.safeParse('x'.repeat(257)).success).toBe(false);
  });

  it('keeps mark bits within 0-63', () => {
    expect(markBitSchema.safeParse(0).success).toBe(true);
    expect(markBitSchema.safeParse(63).success).toBe(true);
    expect(markBitSchema.safeParse(64).success).toBe(false);
    expect(markBitSchema.safeParse(-1).success).toBe(false);
  });
});
