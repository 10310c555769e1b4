/**
 * Builds the proxy's own error answers in the shape of `src/api/proxy-error.ts`
 * (`{ error: { kind, message, issues? }, requestId }`), as opposed to IM answers, which pass unchanged.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldIssue, ProxyError } from '../api/proxy-error';
import type { ProxyEnv } from './request-id';

/** Answers `status` with a proxy error of `kind`. */
export function proxyError(
  c: Context<ProxyEnv>,
  status: ContentfulStatusCode,
  kind: ProxyError['error']['kind'],
  message: string,
  issues?: FieldIssue[],
): Response {
  const body: ProxyError = {
    error: issues ? { kind, message, issues } : { kind, message },
    requestId: c.get('requestId'),
  };
  return c.json(body, status);
}
