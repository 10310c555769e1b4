/**
 * The registry covers every endpoint section of ../shared/im-api (85 `service/command` headings),
 * and each contract is well-formed.
 */
import { describe, expect, it } from 'vitest';
import { documentedPaths } from './documented-paths';
import { endpointList, endpoints, findEndpoint } from './index';

describe('endpoint registry', () => {
  it('has a contract for every documented endpoint, and nothing undocumented', () => {
    const registered = Object.keys(endpoints).sort();
    expect(registered).toEqual([...documentedPaths].sort());
    expect(documentedPaths).toHaveLength(85);
  });

  it('keys every contract by its own service/command', () => {
    for (const [key, e] of Object.entries(endpoints)) {
      expect(e.path).toBe(key);
      expect(key).toBe(`${e.service}/${e.command}`);
    }
  });

  it('gives every contract an access level, a frequency and a doc reference', () => {
    for (const e of endpointList) {
      expect(['read', 'write', 'dangerous']).toContain(e.access);
      expect(e.rate.perSecond).toBeGreaterThan(0);
      expect(e.doc).toMatch(/^\d\d[a-z]?-[a-z0-9-]+\.md$/);
      for (const b of e.batch ?? []) expect(b.max).toBeGreaterThan(0);
    }
  });

  it('classifies the examples the foundation issue names', () => {
    expect(endpoints['profile/portrait_get'].access).toBe('read');
    expect(endpoints['profile/portrait_set'].access).toBe('write');
    expect(endpoints['im_open_login_svc/account_delete'].access).toBe('dangerous');
    expect(endpoints['group_open_http_svc/destroy_group'].access).toBe('dangerous');
  });

  it('finds endpoints by documented alias', () => {
    expect(findEndpoint('group_open_http_svc', 'get_group_muted_account')?.path).toBe(
      'group_open_http_svc/get_group_shutted_uin',
    );
    expect(findEndpoint('nope', 'nothing')).toBeUndefined();
  });
});
