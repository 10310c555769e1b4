import { describe, expect, it } from 'vitest';
import { isRegionId, regionBaseUrl, regionIdSchema, regionIds, regions } from './regions';

describe('regions', () => {
  it('lists the eight documented data centres, each keyed by its own id', () => {
    expect(regionIds).toHaveLength(8);
    for (const id of regionIds) {
      expect(regions[id].id).toBe(id);
      expect(regions[id].name).not.toBe('');
      expect(regions[id].nameZh).not.toBe('');
    }
  });

  it('holds the documented domains (01-conventions.md §3)', () => {
    expect(regions.china.primary).toBe('console.tim.qq.com');
    expect(regions.china.backup).toBe('adminapi.my-imcloud.com');
    expect(regions.singapore.primary).toBe('adminapisgp.im.qcloud.com');
    expect(regions['silicon-valley'].backup).toBe('adminapiusa.my-imcloud.com');
    expect(regions.jakarta.primary).toBe('adminapiidn.im.qcloud.com');
  });

  it('gives every region a distinct primary and backup domain', () => {
    const domains = regionIds.flatMap((id) => [regions[id].primary, regions[id].backup]);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it('builds HTTPS base URLs without a trailing slash', () => {
    expect(regionBaseUrl('tokyo')).toBe('https://adminapijpn.im.qcloud.com');
    expect(regionBaseUrl('tokyo', 'backup')).toBe('https://adminapijpn.my-imcloud.com');
  });

  it('recognises region keys', () => {
    expect(isRegionId('seoul')).toBe(true);
    expect(isRegionId('mars')).toBe(false);
    expect(regionIdSchema.safeParse('frankfurt').success).toBe(true);
    expect(regionIdSchema.safeParse('Frankfurt').success).toBe(false);
  });
});
