/**
 * The handler registry against the contract registry: every documented endpoint has exactly one
 * handler, registered under its own contract.
 */
import { describe, expect, it } from 'vitest';
import { endpointList, endpoints } from '../../api/endpoints';
import { documentedPaths } from '../../api/endpoints/documented-paths';
import { handlerList, handlers } from './index';

describe('handler registry', () => {
  it('has a handler for every contract endpoint', () => {
    const missing = endpointList.map((e) => e.path).filter((p) => !handlers.has(p));
    expect(missing).toEqual([]);
    expect(handlers.size).toBe(documentedPaths.length);
  });

  it('registers each handler once, under its own contract', () => {
    expect(handlers.size).toBe(handlerList.length);
    for (const h of handlerList) {
      expect((endpoints as Record<string, unknown>)[h.endpoint.path]).toBe(h.endpoint);
    }
  });
});
