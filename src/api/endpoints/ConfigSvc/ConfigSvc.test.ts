/** Rule tests for the server IP list (../shared/im-api/13-operations.md). */
import { describe, expect, it } from 'vitest';
import { endpoint as getIPList } from './GetIPList';

describe('GetIPList', () => {
  it('takes an empty body', () => {
    expect(getIPList.request.safeParse({}).success).toBe(true);
  });

  it('accepts an answer without ErrorInfo but requires IPList', () => {
    expect(
      getIPList.response.safeParse({ ActionStatus: 'OK', ErrorCode: 0, IPList: ['127.0.0.1'] }).success,
    ).toBe(true);
    expect(getIPList.response.safeParse({ ActionStatus: 'OK', ErrorCode: 0 }).success).toBe(false);
  });
});
