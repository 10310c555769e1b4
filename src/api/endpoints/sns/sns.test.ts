/** Rule tests for the `sns/*` contracts (07-relationships.md). */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { endpoint as blackListAdd } from './black_list_add';
import { endpoint as blackListCheck } from './black_list_check';
import { endpoint as blackListDelete } from './black_list_delete';
import { endpoint as blackListGet } from './black_list_get';
import { endpoint as friendAdd } from './friend_add';
import { endpoint as friendCheck } from './friend_check';
import { endpoint as friendDelete } from './friend_delete';
import { endpoint as friendDeleteAll } from './friend_delete_all';
import { endpoint as friendGet } from './friend_get';
import { endpoint as friendGetList } from './friend_get_list';
import { endpoint as friendImport } from './friend_import';
import { endpoint as friendUpdate } from './friend_update';
import { endpoint as groupAdd } from './group_add';
import { endpoint as groupDelete } from './group_delete';
import { endpoint as groupGet } from './group_get';

/** The first issue of a failed parse as `path: message`, or 'ok'. */
function firstIssue(schema: z.ZodType, value: unknown): string {
  const r = schema.safeParse(value);
  const i = r.error?.issues[0];
  return i ? `${i.path.join('.')}: ${i.message}` : 'ok';
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `id${i}`);
const ok = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ErrorDisplay: '' };

describe('friend_add', () => {
  const item = { To_Account: 'id1', AddSource: 'AddSource_Type_Android' };

  it('requires From_Account and AddSource', () => {
    expect(firstIssue(friendAdd.request, { AddFriendItem: [item] })).toMatch(/^From_Account: /);
    expect(
      firstIssue(friendAdd.request, { From_Account: 'id', AddFriendItem: [{ To_Account: 'id1' }] }),
    ).toMatch(/^AddFriendItem\.0\.AddSource: /);
  });

  it('takes GroupName as a single name here, not an array', () => {
    expect(
      firstIssue(friendAdd.request, {
        From_Account: 'id',
        AddFriendItem: [{ ...item, GroupName: 'Classmates' }],
      }),
    ).toBe('ok');
    expect(
      firstIssue(friendAdd.request, {
        From_Account: 'id',
        AddFriendItem: [{ ...item, GroupName: ['Classmates'] }],
      }),
    ).toMatch(/^AddFriendItem\.0\.GroupName: /);
  });

  it('checks field lengths and enums', () => {
    const long = { From_Account: 'id', AddFriendItem: [{ ...item, AddWording: 'x'.repeat(257) }] };
    expect(firstIssue(friendAdd.request, long)).toBe(
      'AddFriendItem.0.AddWording: must be at most 256 bytes (UTF-8)',
    );
    expect(
      firstIssue(friendAdd.request, { From_Account: 'id', AddFriendItem: [item], AddType: 'Both' }),
    ).toBe('AddType: must be one of Add_Type_Both, Add_Type_Single');
    expect(
      firstIssue(friendAdd.request, { From_Account: 'id', AddFriendItem: [item], ForceAddFlags: 2 }),
    ).toBe('ForceAddFlags: must be 0 or 1');
  });
});

describe('friend_import', () => {
  const item = { To_Account: 'id1', AddSource: 'AddSource_Type_XXXXXXXX' };

  it('caps entries at 1,000', () => {
    const items = ids(1001).map((To_Account) => ({ ...item, To_Account }));
    expect(firstIssue(friendImport.request, { From_Account: 'id', AddFriendItem: items })).toBe(
      'AddFriendItem: must list at most 1000 items per call',
    );
    expect(friendImport.batch).toEqual([{ field: 'AddFriendItem', max: 1000 }]);
  });

  it('accepts integer custom values (as the documented example writes) but not unregistered-looking tags', () => {
    const custom = (Tag: string, Value: unknown) => ({
      From_Account: 'id',
      AddFriendItem: [{ ...item, CustomItem: [{ Tag, Value }] }],
    });
    expect(firstIssue(friendImport.request, custom('Tag_SNS_Custom_YYYY', 0))).toBe('ok');
    expect(firstIssue(friendImport.request, custom('Tag_SNS_IM_Remark', 'x'))).toMatch(
      /^AddFriendItem\.0\.CustomItem\.0\.Tag: /,
    );
  });

  it('takes GroupName as an array of at most 32 lists', () => {
    const groups = { From_Account: 'id', AddFriendItem: [{ ...item, GroupName: ids(33) }] };
    expect(firstIssue(friendImport.request, groups)).toMatch(
      /^AddFriendItem\.0\.GroupName: must list at most 32/,
    );
  });
});

describe('friend_update', () => {
  it('rejects a non-updatable tag, naming it', () => {
    const body = {
      From_Account: 'id',
      UpdateItem: [{ To_Account: 'id1', SnsItem: [{ Tag: 'Tag_SNS_IM_AddTime', Value: 1 }] }],
    };
    expect(firstIssue(friendUpdate.request, body)).toMatch(/^UpdateItem\.0\.SnsItem\.0\.Tag: /);
  });
});

describe('deletes and checks', () => {
  it('friend_delete caps To_Account at 1,000 and checks DeleteType', () => {
    expect(firstIssue(friendDelete.request, { From_Account: 'id', To_Account: ids(1001) })).toBe(
      'To_Account: must list at most 1000 items per call',
    );
    expect(firstIssue(friendDelete.request, { From_Account: 'id', To_Account: ['a'], DeleteType: 'x' })).toBe(
      'DeleteType: must be one of Delete_Type_Single, Delete_Type_Both',
    );
  });

  it('friend_delete accepts the documented success with ErrorInfo "0"', () => {
    const res = { ...ok, ErrorInfo: '0', ResultItem: [{ To_Account: 'id1', ResultCode: 0, ResultInfo: '' }] };
    expect(friendDelete.response.safeParse(res).success).toBe(true);
  });

  it('friend_check and black_list_check require their own CheckType', () => {
    expect(firstIssue(friendCheck.request, { From_Account: 'id', To_Account: ['a'] })).toMatch(
      /^CheckType: /,
    );
    expect(
      firstIssue(blackListCheck.request, {
        From_Account: 'id',
        To_Account: ['a'],
        CheckType: 'CheckResult_Type_Both',
      }),
    ).toBe('CheckType: must be one of BlackCheckResult_Type_Single, BlackCheckResult_Type_Both');
  });

  it('friend_check answers typed relations', () => {
    const res = {
      ...ok,
      InfoItem: [{ To_Account: 'a', Relation: 'CheckResult_Type_BothWay', ResultCode: 0 }],
    };
    expect(friendCheck.response.safeParse(res).data?.InfoItem[0]?.Relation).toBe('CheckResult_Type_BothWay');
  });
});

describe('paging reads', () => {
  it('friend_get requires StartIndex and accepts the legacy CustomSequence', () => {
    expect(firstIssue(friendGet.request, { From_Account: 'id' })).toMatch(/^StartIndex: /);
    expect(firstIssue(friendGet.request, { From_Account: 'id', StartIndex: 0, CustomSequence: 0 })).toBe(
      'ok',
    );
  });

  it('friend_get accepts a user with no friends (no UserDataItem)', () => {
    const res = { ...ok, StandardSequence: 0, FriendNum: 0, CompleteFlag: 1, NextStartIndex: 0 };
    expect(friendGet.response.safeParse(res).success).toBe(true);
  });

  it('black_list_get keeps MaxLimited within 1-1,000 and reads the misspelt CurruentSequence', () => {
    const req = { From_Account: 'id', StartIndex: 0, MaxLimited: 1001, LastSequence: 0 };
    expect(firstIssue(blackListGet.request, req)).toBe('MaxLimited: must be at most 1000');
    expect(firstIssue(blackListGet.request, { ...req, MaxLimited: 0 })).toBe(
      'MaxLimited: must be at least 1',
    );
    const res = blackListGet.response.safeParse({ ...ok, StartIndex: 0, CurruentSequence: 13 });
    expect(res.data?.CurruentSequence).toBe(13);
  });

  it('friend_get_list accepts up to 1,000 accounts and checks TagList names', () => {
    const base = { From_Account: 'id', TagList: ['Tag_Profile_IM_Nick'] };
    expect(firstIssue(friendGetList.request, { ...base, To_Account: ids(1000) })).toBe('ok');
    expect(firstIssue(friendGetList.request, { ...base, To_Account: ids(1001) })).toBe(
      'To_Account: must list at most 1000 items per call',
    );
    expect(firstIssue(friendGetList.request, { ...base, To_Account: ['a'], TagList: ['Nick'] })).toMatch(
      /^TagList\.0: /,
    );
  });
});

describe('friend lists', () => {
  it('group_add and group_delete cap names at 32 and 30 bytes each', () => {
    expect(firstIssue(groupAdd.request, { From_Account: 'id', GroupName: ids(33) })).toBe(
      'GroupName: must list at most 32 items per call',
    );
    expect(firstIssue(groupDelete.request, { From_Account: 'id', GroupName: ['x'.repeat(31)] })).toBe(
      'GroupName.0: must be at most 30 bytes (UTF-8)',
    );
  });

  it('group_get accepts the legacy LastSequence and only the documented NeedFriend value', () => {
    expect(firstIssue(groupGet.request, { From_Account: 'id', LastSequence: 0 })).toBe('ok');
    expect(firstIssue(groupGet.request, { From_Account: 'id', NeedFriend: 'yes' })).toBe(
      'NeedFriend: must be Need_Friend_Type_Yes (or be omitted)',
    );
  });
});

describe('metadata', () => {
  it('classifies access as the team agreed', () => {
    expect([friendImport, friendDeleteAll].map((e) => e.access)).toEqual(['dangerous', 'dangerous']);
    for (const e of [friendCheck, friendGet, friendGetList, blackListGet, blackListCheck, groupGet]) {
      expect(e.access, e.path).toBe('read');
    }
    for (const e of [
      friendAdd,
      friendUpdate,
      friendDelete,
      blackListAdd,
      blackListDelete,
      groupAdd,
      groupDelete,
    ]) {
      expect(e.access, e.path).toBe('write');
    }
  });

  it('uses the documented 200 calls per second everywhere', () => {
    expect(blackListAdd.rate).toEqual({ perSecond: 200 });
    expect(groupGet.rate).toEqual({ perSecond: 200 });
  });
});
