/**
 * Every documented request/response example from ../shared/im-api is kept as a fixture under
 * `fixtures/<service>/<command>.json` and must parse with its endpoint's schemas; failure examples
 * must parse as the envelope. A wrong schema would pass on both sides of the wire, so the vendor's
 * own examples are the check (house-style.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endpointList, endpoints } from './endpoints';
import { envelopeSchema } from './envelope';

const fixtureDir = join(import.meta.dirname, 'fixtures');

interface Fixture {
  requests?: unknown[];
  responses?: unknown[];
  failures?: unknown[];
}

function loadFixtures(): { path: string; fixture: Fixture }[] {
  const out: { path: string; fixture: Fixture }[] = [];
  for (const service of readdirSync(fixtureDir)) {
    for (const file of readdirSync(join(fixtureDir, service))) {
      if (!file.endsWith('.json')) continue;
      const fixture = JSON.parse(readFileSync(join(fixtureDir, service, file), 'utf8')) as Fixture;
      out.push({ path: `${service}/${file.replace(/\.json$/, '')}`, fixture });
    }
  }
  return out;
}

const fixtures = loadFixtures();

describe('documented examples parse with the contract', () => {
  it('has a fixture file for every endpoint, each with at least one request and one response', () => {
    const withFixtures = new Set(fixtures.map((f) => f.path));
    const missing = endpointList.map((e) => e.path).filter((p) => !withFixtures.has(p));
    expect(missing).toEqual([]);
    for (const { path, fixture } of fixtures) {
      expect(fixture.requests?.length ?? 0, `${path} requests`).toBeGreaterThan(0);
      expect(fixture.responses?.length ?? 0, `${path} responses`).toBeGreaterThan(0);
    }
  });

  for (const { path, fixture } of fixtures) {
    const endpoint = (endpoints as Record<string, (typeof endpointList)[number]>)[path];
    it(`${path}: is a registered endpoint`, () => {
      expect(endpoint, `fixture ${path} has no endpoint in the registry`).toBeDefined();
    });
    if (!endpoint) continue;
    fixture.requests?.forEach((req, i) => {
      it(`${path}: request example ${i + 1} parses`, () => {
        const r = endpoint.request.safeParse(req);
        expect(r.success, r.error?.message).toBe(true);
      });
    });
    fixture.responses?.forEach((res, i) => {
      it(`${path}: response example ${i + 1} parses`, () => {
        const r = endpoint.response.safeParse(res);
        expect(r.success, r.error?.message).toBe(true);
      });
    });
    fixture.failures?.forEach((res, i) => {
      it(`${path}: failure example ${i + 1} parses as the envelope`, () => {
        const r = envelopeSchema.safeParse(res);
        expect(r.success, r.error?.message).toBe(true);
        expect((res as { ErrorCode: number }).ErrorCode).not.toBe(0);
      });
    });
  }
});
