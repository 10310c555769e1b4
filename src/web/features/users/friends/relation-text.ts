/**
 * `friend_check` and `black_list_check` relations in words, both directions, from the owner's (A's)
 * side: "alice has bob as a friend; bob does not have alice" (07-relationships.md friend_check).
 */
import type { BlackRelation, FriendRelation } from '../../../../api/friend';

/** Which way a relation holds: A→B (A lists B) and B→A (B lists A). */
export interface Directions {
  aToB: boolean;
  bToA: boolean;
}

/** The directions of a friendship relation. */
export function friendDirections(relation: FriendRelation): Directions {
  return {
    aToB: relation === 'CheckResult_Type_AWithB' || relation === 'CheckResult_Type_BothWay',
    bToA: relation === 'CheckResult_Type_BWithA' || relation === 'CheckResult_Type_BothWay',
  };
}

/** The directions of a blocklist relation. */
export function blockDirections(relation: BlackRelation): Directions {
  return {
    aToB: relation === 'BlackCheckResult_Type_AWithB' || relation === 'BlackCheckResult_Type_BothWay',
    bToA: relation === 'BlackCheckResult_Type_BWithA' || relation === 'BlackCheckResult_Type_BothWay',
  };
}

/** Words for one relation: `yes(x, y)` when x lists y, `no(x, y)` otherwise, A's side first. */
export function describeDirections(
  a: string,
  b: string,
  d: Directions,
  words: { yes: (x: string, y: string) => string; no: (x: string, y: string) => string; join: string },
): string {
  const ab = d.aToB ? words.yes(a, b) : words.no(a, b);
  const ba = d.bToA ? words.yes(b, a) : words.no(b, a);
  return `${ab}${words.join}${ba}`;
}
