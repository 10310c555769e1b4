/** Rule tests for the hourly message archives (../shared/im-api/13-operations.md). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endpoint as getHistory, messageArchiveSchema } from './get_history';

function paths(r: { error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (r.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('get_history', () => {
  it('rejects a bad ChatType', () => {
    const r = getHistory.request.safeParse({ ChatType: 'Topic', MsgTime: '2015120121' });
    expect(paths(r)).toEqual(['ChatType']);
    expect(r.error?.issues[0]?.message).toBe('must be one of C2C, Group');
  });

  it('rejects an hour that is not YYYYMMDDHH or not a real hour', () => {
    for (const MsgTime of ['20151201', '2015-12-01', '2015120124', '2015130121', '2015120021']) {
      expect(paths(getHistory.request.safeParse({ ChatType: 'C2C', MsgTime })), MsgTime).toEqual(['MsgTime']);
    }
    expect(getHistory.request.safeParse({ ChatType: 'Group', MsgTime: '2015120100' }).success).toBe(true);
  });

  it('is limited to 10 calls per second', () => {
    expect(getHistory.rate.perSecond).toBe(10);
  });

  it('parses the documented archive files (kept in the fixture)', () => {
    const fixture = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../fixtures/open_msg_svc/get_history.json'), 'utf8'),
    ) as { archives: unknown[] };
    expect(fixture.archives).toHaveLength(2);
    for (const archive of fixture.archives) {
      const r = messageArchiveSchema.safeParse(archive);
      expect(r.success, r.error?.message).toBe(true);
    }
  });
});
