/** Rule tests for the `recentcontact/*` contracts (08-conversations.md). */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { endpoint as createContactGroup } from './create_contact_group';
import { endpoint as delContactGroup } from './del_contact_group';
import { endpoint as del } from './delete';
import { endpoint as getContactGroup } from './get_contact_group';
import { endpoint as getList } from './get_list';
import { endpoint as markContact } from './mark_contact';
import { endpoint as searchContactGroup } from './search_contact_group';
import { endpoint as updateContactGroup } from './update_contact_group';

/** The first issue of a failed parse as `path: message`, or 'ok'. */
function firstIssue(schema: z.ZodType, value: unknown): string {
  const r = schema.safeParse(value);
  const i = r.error?.issues[0];
  return i ? `${i.path.join('.')}: ${i.message}` : 'ok';
}

const c2c = (n: number) => Array.from({ length: n }, (_, i) => ({ Type: 1, To_Account: `user${i}` }));

describe('get_list', () => {
  const req = {
    From_Account: 'id1',
    TimeStamp: 0,
    StartIndex: 0,
    TopTimeStamp: 0,
    TopStartIndex: 0,
    AssistFlags: 7,
  };

  it('requires every cursor and AssistFlags, and accepts the newer flag values', () => {
    const { TopStartIndex: _omit, ...missing } = req;
    expect(firstIssue(getList.request, missing)).toMatch(/^TopStartIndex: /);
    expect(firstIssue(getList.request, { ...req, AssistFlags: 63 })).toBe('ok');
    expect(firstIssue(getList.request, { ...req, TimeStamp: -1 })).toBe('TimeStamp: must be 0 or more');
  });
});

describe('delete', () => {
  it('needs the peer for C2C and the group for group conversations', () => {
    expect(firstIssue(del.request, { From_Account: 'id1', Type: 1 })).toBe(
      'To_Account: is required when Type is 1 (C2C)',
    );
    expect(firstIssue(del.request, { From_Account: 'id1', Type: 2 })).toBe(
      'ToGroupid: is required when Type is 2 (group)',
    );
    expect(firstIssue(del.request, { From_Account: 'id1', Type: 1, To_Account: 'x'.repeat(33) })).toBe(
      'To_Account: must be at most 32 bytes (UTF-8)',
    );
  });

  it('accepts the newer ToGroupid and the seed shape with the group in To_Account', () => {
    expect(
      firstIssue(del.request, { From_Account: 'id1', Type: 2, ToGroupid: '@TGS#1', ClearRamble: 1 }),
    ).toBe('ok');
    expect(firstIssue(del.request, { From_Account: 'id1', Type: 2, To_Account: '@TGS#1' })).toBe('ok');
    expect(firstIssue(del.request, { From_Account: 'id1', Type: 3, To_Account: 'a' })).toBe(
      'Type: must be 1 (C2C) or 2 (group)',
    );
  });
});

describe('conversation groups', () => {
  it('create_contact_group creates exactly one group with a name of at most 32 bytes', () => {
    const group = { GroupName: 'test1', ContactItem: c2c(1) };
    expect(
      firstIssue(createContactGroup.request, { From_Account: 'u', GroupContactItem: [group, group] }),
    ).toBe('GroupContactItem: must list at most 1 items per call');
    expect(
      firstIssue(createContactGroup.request, {
        From_Account: 'u',
        GroupContactItem: [{ ...group, GroupName: 'x'.repeat(33) }],
      }),
    ).toBe('GroupContactItem.0.GroupName: must be at most 32 bytes (UTF-8)');
    expect(
      firstIssue(createContactGroup.request, {
        From_Account: 'u',
        GroupContactItem: [{ ...group, ContactItem: [{ Type: 2, To_Account: 'g' }] }],
      }),
    ).toBe('GroupContactItem.0.ContactItem.0.ToGroupId: is required when Type is 2 (group)');
  });

  it('del_contact_group deletes one group per call', () => {
    expect(firstIssue(delContactGroup.request, { From_Account: 'u', GroupName: ['a', 'b'] })).toBe(
      'GroupName: must list at most 1 items per call',
    );
  });

  it('update_contact_group requires the field its UpdateGroupType needs', () => {
    const rename = { UpdateGroupType: 1, OldGroupName: 'test1' };
    expect(
      firstIssue(updateContactGroup.request, { From_Account: 'u', UpdateType: 1, UpdateGroup: rename }),
    ).toBe('UpdateGroup.NewGroupName: is required when UpdateGroupType is 1 (rename)');
    const change = { UpdateGroupType: 2, OldGroupName: 'test1' };
    expect(
      firstIssue(updateContactGroup.request, { From_Account: 'u', UpdateType: 1, UpdateGroup: change }),
    ).toBe('UpdateGroup.ContactUpdateItem: must list at least one item when UpdateGroupType is 2');
    expect(
      firstIssue(updateContactGroup.request, {
        From_Account: 'u',
        UpdateType: 2,
        UpdateGroup: { ...rename, NewGroupName: 'b' },
      }),
    ).toBe('UpdateType: must be 1 (group-level update)');
  });
});

describe('marks and lookups', () => {
  const mark = { OptType: 1, ContactItem: { Type: 1, To_Account: 'user1' }, SetMark: [1] };

  it('mark_contact takes 1 to 100 items (51006)', () => {
    expect(firstIssue(markContact.request, { From_Account: 'u', MarkItem: [] })).toBe(
      'MarkItem: must list at least one item',
    );
    expect(firstIssue(markContact.request, { From_Account: 'u', MarkItem: Array(101).fill(mark) })).toBe(
      'MarkItem: must list at most 100 items per call',
    );
  });

  it('mark_contact checks OptType, bit positions and the custom mark length', () => {
    expect(firstIssue(markContact.request, { From_Account: 'u', MarkItem: [{ ...mark, OptType: 4 }] })).toBe(
      'MarkItem.0.OptType: must be 1 (standard marks), 2 (custom mark) or 3 (both)',
    );
    expect(
      firstIssue(markContact.request, { From_Account: 'u', MarkItem: [{ ...mark, ClearMark: [64] }] }),
    ).toBe('MarkItem.0.ClearMark.0: must be at most 63');
    expect(
      firstIssue(markContact.request, {
        From_Account: 'u',
        MarkItem: [{ ...mark, CustomMark: 'x'.repeat(257) }],
      }),
    ).toBe('MarkItem.0.CustomMark: must be at most 256 bytes (UTF-8)');
  });

  it('search_contact_group looks up at most 300 conversations', () => {
    expect(firstIssue(searchContactGroup.request, { From_Account: 'u', ContactItem: c2c(300) })).toBe('ok');
    expect(firstIssue(searchContactGroup.request, { From_Account: 'u', ContactItem: c2c(301) })).toBe(
      'ContactItem: must list at most 300 items per call',
    );
  });

  it('get_contact_group requires StartIndex', () => {
    expect(firstIssue(getContactGroup.request, { From_Account: 'u' })).toMatch(/^StartIndex: /);
  });
});

describe('metadata', () => {
  it('marks the group and mark endpoints newer, and classifies access', () => {
    const newer = [
      createContactGroup,
      delContactGroup,
      updateContactGroup,
      markContact,
      searchContactGroup,
      getContactGroup,
    ];
    for (const e of newer) expect(e.newer, e.path).toBe(true);
    expect(getList.newer).toBeUndefined();
    expect(del.newer).toBeUndefined();
    expect([getList, searchContactGroup, getContactGroup].map((e) => e.access)).toEqual([
      'read',
      'read',
      'read',
    ]);
    for (const e of [del, createContactGroup, delContactGroup, updateContactGroup, markContact]) {
      expect(e.access, e.path).toBe('write');
    }
  });
});
