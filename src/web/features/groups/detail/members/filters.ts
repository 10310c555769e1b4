/**
 * The Members tab's view state as it lives in the URL, so a filtered member list is a link a support
 * agent can paste: `role` (Owner/Admin/Member), `muted=1`, `keys` (member custom keys to show, comma
 * separated) and `member` (the member whose panel is open).
 */
import { MEMBER_ROLES, type MemberRole } from '../../../../../api/group';

/** What the URL says about the member list. */
export interface MemberFilters {
  role: MemberRole | undefined;
  muted: boolean;
  keys: string[];
  member: string | undefined;
}

/** The URL parameters this tab owns (cleared when the filters are cleared). */
export const MEMBER_PARAMS = ['role', 'muted', 'keys', 'member'] as const;

/** Reads the filters from the URL; unknown values are ignored (an unknown role means any role). */
export function parseMemberFilters(params: URLSearchParams): MemberFilters {
  const role = params.get('role');
  const keys = (params.get('keys') ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k, i, all) => k !== '' && all.indexOf(k) === i);
  return {
    role: MEMBER_ROLES.includes(role as MemberRole) ? (role as MemberRole) : undefined,
    muted: params.get('muted') === '1',
    keys,
    member: params.get('member') || undefined,
  };
}

/** A copy of `params` with `changes` applied (undefined, false or empty removes the parameter). */
export function withMemberFilters(params: URLSearchParams, changes: Partial<MemberFilters>): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | undefined) => {
    if (value) next.set(name, value);
    else next.delete(name);
  };
  if ('role' in changes) set('role', changes.role);
  if ('muted' in changes) set('muted', changes.muted ? '1' : undefined);
  if ('keys' in changes) set('keys', changes.keys?.join(','));
  if ('member' in changes) set('member', changes.member);
  return next;
}
