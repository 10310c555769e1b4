/**
 * Pieces shared by the `recentcontact/*` handlers: the owner check (50001), conversation references
 * in and out, group/mark data as answers show it, and the service's field-specific codes
 * (../shared/im-api/08-conversations.md §2).
 */
import type { ContactItem } from '../../../api/conversation';
import type { HandlerContext } from '../../handler';
import { ImFailure } from '../../im-failure';
import type { SchemaIssue } from '../../services';
import { standardMarkString } from '../../state/contact-marks';
import type { ConvRef, MarkData } from '../../state/contact-marks';

/** Fails with 50001 unless the owner is imported. */
export function requireOwner(ctx: HandlerContext, userId: string): void {
  if (!ctx.store.isImported(userId)) throw new ImFailure(50001, `UserID ${userId} has not been imported`);
}

/** The conversation a `ContactItem` names. */
export function refOf(item: ContactItem): ConvRef {
  return { type: item.Type, id: (item.Type === 1 ? item.To_Account : item.ToGroupId) as string };
}

/** A conversation as answers echo it: `{Type: 1, To_Account}` or `{Type: 2, ToGroupId}`. */
export function contactItemOf(ref: ConvRef): { Type: number; To_Account?: string; ToGroupId?: string } {
  return ref.type === 1 ? { Type: 1, To_Account: ref.id } : { Type: 2, ToGroupId: ref.id };
}

/** Group/mark data as `search_contact_group`/`get_contact_group` return it; empty fields left out. */
export function markDataOut(m: MarkData) {
  const standard = standardMarkString(m.bits);
  return {
    ...contactItemOf(m),
    ...(standard !== undefined ? { StandardMark: standard } : {}),
    ...(m.custom ? { CustomMark: m.custom } : {}),
    ...(m.groupIds.length ? { ContactGroupId: [...m.groupIds] } : {}),
    Timestamp: m.timestamp,
  };
}

/** A conversation-group name over 32 bytes is 51011 rather than the generic 50002 (08 §2). */
export function groupNameParamCode(issue: SchemaIssue): number | undefined {
  const last = issue.path[issue.path.length - 1];
  if ((last === 'GroupName' || last === 'NewGroupName') && issue.message.includes('bytes')) return 51011;
  return undefined;
}

/** Puts a conversation into group `groupId`: 51007 unresolvable group conversation, 51008 over 1,000 grouped. */
export function addToGroup(ctx: HandlerContext, owner: string, ref: ConvRef, groupId: number): number {
  if (!ctx.store.conversations.resolves(ref)) return 51007;
  const marks = ctx.store.conversations.marksOf(owner);
  const before = marks.groupedCount();
  const d = marks.data(ref, ctx.nowSeconds);
  if (!d.groupIds.length && before >= 1000) {
    marks.tidy(ref);
    return 51008;
  }
  if (!d.groupIds.includes(groupId)) d.groupIds = [...d.groupIds, groupId].sort((a, b) => a - b);
  d.timestamp = ctx.nowSeconds;
  return 0;
}
