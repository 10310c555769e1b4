/** The rows the member table shows: the loaded members, then placeholders for the rest of the group. */
import type { GroupMember } from '../../../../../api/group';

/** A loaded member, or the index of a row whose page is not loaded yet. */
export type MemberRow = GroupMember | number;

/**
 * Loaded members, then (while pages remain) placeholders: up to the group's `MemberNum` when the list
 * is the whole group, so the scroll bar has its true length from the first page; one "loading" row
 * when a role filter makes the matching total unknown.
 */
export function memberRows(
  loaded: readonly GroupMember[],
  memberNum: number,
  hasNext: boolean,
  wholeGroup: boolean,
): MemberRow[] {
  if (!hasNext) return loaded as MemberRow[];
  const total = wholeGroup ? Math.max(memberNum, loaded.length + 1) : loaded.length + 1;
  const rows: MemberRow[] = new Array<MemberRow>(total);
  for (let i = 0; i < loaded.length; i++) rows[i] = loaded[i]!;
  for (let i = loaded.length; i < total; i++) rows[i] = i;
  return rows;
}

/** Whether the rows in view reach the placeholders (or come within `margin` rows of them). */
export function needsMore(lastVisible: number, loadedCount: number, margin = 30): boolean {
  return lastVisible >= loadedCount - margin;
}
