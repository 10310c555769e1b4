/**
 * Conversation groups ("folders") and conversation marks of each user, kept apart from the
 * conversation list as the docs require. Source: ../shared/im-api/08-conversations.md "Newer
 * endpoints" (create/del/update/search/get_contact_group, mark_contact).
 */
import { z } from 'zod';

/** A conversation as group/mark data names it: `c2c` + peer, or `group` + group ID. */
export interface ConvRef {
  type: 1 | 2;
  id: string;
}

/** A conversation's group/mark data (08 `ContactResultItem`). */
export interface MarkData extends ConvRef {
  /** Standard mark bits that are on, ascending (0–63). */
  bits: number[];
  custom?: string;
  /** Conversation groups holding the conversation, ascending. */
  groupIds: number[];
  /** Unix seconds of the last change (`Timestamp`). */
  timestamp: number;
}

/** One conversation group of a user. */
export interface ContactGroupRow {
  id: number;
  name: string;
}

/** The saved form of one user's groups and marks. */
export const contactMarksSavedSchema = z.object({
  owner: z.string(),
  nextGroupId: z.number(),
  groups: z.array(z.object({ id: z.number(), name: z.string() })),
  marks: z.array(
    z.object({
      type: z.union([z.literal(1), z.literal(2)]),
      id: z.string(),
      bits: z.array(z.number()),
      custom: z.string().optional(),
      groupIds: z.array(z.number()),
      timestamp: z.number(),
    }),
  ),
});

/** The saved form of one user's groups and marks. */
export type ContactMarksSaved = z.infer<typeof contactMarksSavedSchema>;

/** The map key of a conversation. */
export const convKey = (ref: ConvRef) => `${ref.type === 1 ? 'c2c' : 'group'}:${ref.id}`;

/** `StandardMark` as a bit string, bit 0 rightmost (08 leaves the bit order unclear: emulator choice). */
export function standardMarkString(bits: readonly number[]): string | undefined {
  if (!bits.length) return undefined;
  const top = Math.max(...bits);
  let s = '';
  for (let b = top; b >= 0; b--) s += bits.includes(b) ? '1' : '0';
  return s;
}

/** True when the data says nothing (no bits, no custom mark, no group) and can be dropped. */
function isBlank(m: MarkData): boolean {
  return !m.bits.length && !m.custom && !m.groupIds.length;
}

/** One user's conversation groups and marks. */
export class UserContactMarks {
  nextGroupId = 1;
  groups: ContactGroupRow[] = [];
  readonly marks = new Map<string, MarkData>();

  /** The user's group named `name`. */
  group(name: string): ContactGroupRow | undefined {
    return this.groups.find((g) => g.name === name);
  }

  /** How many conversations sit in at least one group (cap 1,000, 51008). */
  groupedCount(): number {
    let n = 0;
    for (const m of this.marks.values()) if (m.groupIds.length) n++;
    return n;
  }

  /** How many conversations carry a standard or custom mark (cap 1,000, 51008). */
  markedCount(): number {
    let n = 0;
    for (const m of this.marks.values()) if (m.bits.length || m.custom) n++;
    return n;
  }

  /** The data of a conversation, created blank when missing (drop it with `tidy` if it stays blank). */
  data(ref: ConvRef, now: number): MarkData {
    const k = convKey(ref);
    let m = this.marks.get(k);
    if (!m) {
      m = { type: ref.type, id: ref.id, bits: [], groupIds: [], timestamp: now };
      this.marks.set(k, m);
    }
    return m;
  }

  /** Removes the conversation's data when it has become blank. */
  tidy(ref: ConvRef): void {
    const m = this.marks.get(convKey(ref));
    if (m && isBlank(m)) this.marks.delete(convKey(ref));
  }

  /** Removes a group and strips its id from every conversation (08 del_contact_group). */
  removeGroup(id: number): void {
    this.groups = this.groups.filter((g) => g.id !== id);
    for (const [k, m] of this.marks) {
      m.groupIds = m.groupIds.filter((g) => g !== id);
      if (isBlank(m)) this.marks.delete(k);
    }
  }

  /** Saved form, marks ordered by key. */
  save(owner: string): ContactMarksSaved {
    return {
      owner,
      nextGroupId: this.nextGroupId,
      groups: this.groups.map((g) => ({ ...g })),
      marks: [...this.marks.keys()]
        .sort()
        .map((k) => this.marks.get(k) as MarkData)
        .map((m) => ({ ...m, bits: [...m.bits], groupIds: [...m.groupIds] })),
    };
  }

  /** Rebuilds from a saved form. */
  static load(saved: ContactMarksSaved): UserContactMarks {
    const u = new UserContactMarks();
    u.nextGroupId = saved.nextGroupId;
    u.groups = saved.groups.map((g) => ({ ...g }));
    for (const m of saved.marks)
      u.marks.set(convKey(m), { ...m, bits: [...m.bits], groupIds: [...m.groupIds] });
    return u;
  }
}
