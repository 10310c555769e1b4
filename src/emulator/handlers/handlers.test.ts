/**
 * The handler registry against the contract registry: every handler belongs to a contract endpoint,
 * the slice's endpoints are all handled, and the endpoints still lacking a handler are exactly the
 * documented ones outside `handled`. Adding a handler therefore means adding its line to `handled`;
 * a later issue drives the missing list to empty.
 */
import { describe, expect, it } from 'vitest';
import { endpointList, endpoints } from '../../api/endpoints';
import { documentedPaths } from '../../api/endpoints/documented-paths';
import { handlerList, handlers } from './index';

/** The accounts/profile slice, which must always be handled. */
const slice = [
  'im_open_login_svc/account_import',
  'im_open_login_svc/multiaccount_import',
  'im_open_login_svc/account_check',
  'im_open_login_svc/account_delete',
  'im_open_login_svc/kick',
  'openim/query_online_status',
  'openim/querystate',
  'profile/portrait_get',
  'profile/portrait_set',
];

/** Endpoints with an emulator handler so far: the slice only, for now. */
const handled = [...slice];

/** Contract endpoints without an emulator handler yet. */
const notYetHandled = documentedPaths.filter((p) => !handled.includes(p));

describe('handler registry', () => {
  it('lacks handlers for exactly the endpoints listed as not yet handled', () => {
    const missing = endpointList.map((e) => e.path).filter((p) => !handlers.has(p));
    expect(missing.sort()).toEqual([...notYetHandled].sort());
  });

  it('handles every endpoint of the accounts/profile slice', () => {
    for (const path of slice) expect(handlers.has(path), path).toBe(true);
  });

  it('registers each handler once, under its own contract', () => {
    expect(handlers.size).toBe(handlerList.length);
    for (const h of handlerList) {
      expect((endpoints as Record<string, unknown>)[h.endpoint.path]).toBe(h.endpoint);
    }
  });
});
