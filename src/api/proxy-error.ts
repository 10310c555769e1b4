/**
 * The JSON body the signing proxy answers with when it refuses or cannot complete a call itself
 * (as opposed to an IM answer, which it returns unchanged). Shared by the proxy and the web client.
 */
import { z } from 'zod';

/** Why the proxy answered itself. */
export const proxyErrorKinds = [
  'unknown_endpoint',
  'invalid_request',
  'body_too_large',
  'invalid_json',
  'upstream_timeout',
  'upstream_unreachable',
  'upstream_bad_answer',
  'forbidden',
  'unauthenticated',
  /** Too many failed logins: the answer says when to retry (429, `Retry-After`). */
  'locked',
  /** A console resource (operator, session, audit entry) that does not exist. */
  'not_found',
  /** The request clashes with existing state, e.g. a username already taken. */
  'conflict',
  'internal',
] as const;

/** One broken rule of a request body: the field path (e.g. `To_Account[3]`) and the rule. */
export const fieldIssueSchema = z.object({ path: z.string(), message: z.string() });

/** `{ error: { kind, message, issues? }, requestId }`. */
export const proxyErrorSchema = z.object({
  error: z.object({
    kind: z.enum(proxyErrorKinds),
    message: z.string(),
    issues: z.array(fieldIssueSchema).optional(),
    /** With `locked`: seconds until a login may be tried again. */
    retryAfterSeconds: z.number().int().nonnegative().optional(),
  }),
  requestId: z.string().optional(),
});

export type ProxyError = z.infer<typeof proxyErrorSchema>;
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** Formats a zod issue path the way operators read it: `MemberList[2].Member_Account`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(body)';
}

/** Turns zod issues into field issues with readable paths. */
export function toFieldIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldIssue[] {
  return issues.map((i) => ({ path: formatIssuePath(i.path), message: i.message }));
}
