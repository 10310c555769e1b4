/** Rule tests for the account endpoints (../shared/im-api/02-accounts.md). */
import { describe, expect, it } from 'vitest';
import { endpoint as accountCheck } from './account_check';
import { endpoint as accountDelete } from './account_delete';
import { endpoint as accountImport } from './account_import';
import { endpoint as kick } from './kick';
import { endpoint as multiaccountImport } from './multiaccount_import';

function paths(r: { error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (r.error?.issues ?? []).map((i) => i.path.join('.'));
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `user_${i}`);

describe('account_import and kick', () => {
  it('require a UserID, naming the field', () => {
    expect(paths(accountImport.request.safeParse({ Nick: 'x' }))).toEqual(['UserID']);
    expect(paths(kick.request.safeParse({}))).toEqual(['UserID']);
  });

  it('accept the legacy Identifier field', () => {
    expect(accountImport.request.safeParse({ Identifier: 'test' }).success).toBe(true);
    expect(kick.request.safeParse({ Identifier: 'test' }).success).toBe(true);
  });

  it('reject a UserID over 32 bytes and a nickname over 500 bytes', () => {
    expect(paths(accountImport.request.safeParse({ UserID: 'u'.repeat(33) }))).toEqual(['UserID']);
    expect(paths(accountImport.request.safeParse({ UserID: 'u', Nick: '好'.repeat(167) }))).toEqual(['Nick']);
  });
});

describe('multiaccount_import', () => {
  it('accepts both the old and the new format', () => {
    expect(multiaccountImport.request.safeParse({ Accounts: ['a', 'b'] }).success).toBe(true);
    expect(multiaccountImport.request.safeParse({ AccountList: [{ UserID: 'a', Nick: 'A' }] }).success).toBe(
      true,
    );
  });

  it('rejects more than 100 accounts per call', () => {
    const r = multiaccountImport.request.safeParse({ Accounts: ids(101) });
    expect(paths(r)).toEqual(['Accounts']);
    expect(r.error?.issues[0]?.message).toBe('must list at most 100 items per call');
    expect(multiaccountImport.batch).toContainEqual({ field: 'AccountList', max: 100 });
  });

  it('requires exactly one of Accounts and AccountList', () => {
    expect(paths(multiaccountImport.request.safeParse({}))).toEqual(['AccountList']);
    expect(
      paths(multiaccountImport.request.safeParse({ Accounts: ['a'], AccountList: [{ UserID: 'b' }] })),
    ).toEqual(['Accounts']);
  });

  it('leaves per-item UserID problems to the service (reported in FailAccounts)', () => {
    expect(multiaccountImport.request.safeParse({ Accounts: ['u'.repeat(40)] }).success).toBe(true);
    expect(paths(multiaccountImport.request.safeParse({ Accounts: [42] }))).toEqual(['Accounts.0']);
  });

  it('is limited to 100 calls per second', () => {
    expect(multiaccountImport.rate.perSecond).toBe(100);
  });
});

describe('account_delete and account_check', () => {
  it('reject an oversize batch and an empty one', () => {
    const items = ids(101).map((UserID) => ({ UserID }));
    expect(paths(accountDelete.request.safeParse({ DeleteItem: items }))).toEqual(['DeleteItem']);
    expect(paths(accountCheck.request.safeParse({ CheckItem: [] }))).toEqual(['CheckItem']);
  });

  it('reject a bad UserID inside an item, naming it', () => {
    expect(paths(accountCheck.request.safeParse({ CheckItem: [{ UserID: '' }] }))).toEqual([
      'CheckItem.0.UserID',
    ]);
  });

  it('are classified: deletion is dangerous, checking is a read', () => {
    expect(accountDelete.access).toBe('dangerous');
    expect(accountCheck.access).toBe('read');
  });

  it('reject an unknown AccountStatus in an answer', () => {
    const answer = {
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      ResultItem: [{ UserID: 'a', ResultCode: 0, AccountStatus: 'Maybe' }],
    };
    expect(accountCheck.response.safeParse(answer).success).toBe(false);
  });
});
