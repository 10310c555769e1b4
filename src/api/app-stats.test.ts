/** The dashboard's metric catalogue covers every getappinfo field exactly as the contract lists them. */
import { describe, expect, it } from 'vitest';
import { appIdentityMetrics, statGroup, statGroups, statMetrics } from './app-stats';
import { appInfoMetrics } from './endpoints/openconfigsvr/getappinfo';

describe('app-stats catalogue', () => {
  it('explains every contract metric in English and Chinese', () => {
    expect(statMetrics.map((m) => m.name)).toEqual(appInfoMetrics.map((m) => m.name));
    for (const m of statMetrics) {
      expect(m.explain.en, m.name).toMatch(/\.$/);
      expect(m.explain.zh, m.name).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('puts every counter in an operator group and the identity fields in none', () => {
    const grouped = new Set(
      statGroups.filter((g) => g.key !== 'all' && g.key !== 'overview').flatMap((g) => g.metrics),
    );
    const counters = statMetrics.filter((m) => m.kind !== 'info').map((m) => m.name);
    expect([...grouped].sort()).toEqual([...counters].sort());
    expect(appIdentityMetrics).toEqual(['AppName', 'AppId', 'Company']);
    expect(statGroup('all').metrics).toEqual(counters);
  });

  it('falls back to the overview for an unknown group key', () => {
    expect(statGroup('nonsense').key).toBe('overview');
    expect(statGroup(null).key).toBe('overview');
  });
});
