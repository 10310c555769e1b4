/**
 * The handler registry: one line per emulated endpoint. Adding a handler = its file under
 * `handlers/<service>/<command>.ts` + one line here + its path in the `handled` list of `handlers.test.ts`.
 */
import type { AnyHandler } from '../handler';
import { accountCheck } from './im_open_login_svc/account_check';
import { accountDelete } from './im_open_login_svc/account_delete';
import { accountImport } from './im_open_login_svc/account_import';
import { kick } from './im_open_login_svc/kick';
import { multiaccountImport } from './im_open_login_svc/multiaccount_import';
import { queryOnlineStatus } from './openim/query_online_status';
import { querystate } from './openim/querystate';
import { portraitGet } from './profile/portrait_get';
import { portraitSet } from './profile/portrait_set';

/** Every handler. */
export const handlerList: readonly AnyHandler[] = [
  accountCheck,
  accountDelete,
  accountImport,
  kick,
  multiaccountImport,
  queryOnlineStatus,
  querystate,
  portraitGet,
  portraitSet,
];

/** Handlers by contract path (`service/command`). */
export const handlers: ReadonlyMap<string, AnyHandler> = new Map(
  handlerList.map((h) => [h.endpoint.path, h]),
);

/** The handler of a contract path, or undefined while it is not emulated yet. */
export function handlerFor(path: string): AnyHandler | undefined {
  return handlers.get(path);
}
