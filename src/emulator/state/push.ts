/**
 * The push area's state (../shared/im-api/06-push.md §12): the app's attribute names (slots "0"–"9"),
 * each user's attribute values (kept by slot, so renaming a slot keeps the values) and tags, the
 * "push to all" feature switch, and a log of accepted `im_push` tasks with their resolved recipients.
 */
import { z } from 'zod';
import { attrSlots, matchesPushCondition, pushAudience } from '../../api/push';
import type { AttrSlot, PushAudience, PushCondition } from '../../api/push';
import type { StoreSlice } from '../slice';
import type { Store } from '../store';

/** How long a `MsgRandom` identifies the same push task (06-push.md §1.5: 7 days). */
export const PUSH_DEDUPE_SECONDS = 7 * 86_400;

/** How many push tasks the log keeps (older ones are dropped; emulator choice). */
export const PUSH_LOG_MAX = 1000;

const pushTaskSchema = z.object({
  TaskId: z.string(),
  MsgRandom: z.number(),
  createdAt: z.number(),
  From_Account: z.string(),
  audience: z.enum(['all', 'attrs', 'tags']),
  Condition: z.record(z.string(), z.unknown()).optional(),
  MsgBody: z.array(z.record(z.string(), z.unknown())),
  MsgLifeTime: z.number(),
  OfflinePushInfo: z.record(z.string(), z.unknown()).optional(),
  recipients: z.array(z.string()),
});

/** One accepted push task as the log keeps it (06-push.md im_push "Delivery"). */
export type PushTask = z.infer<typeof pushTaskSchema>;

const savedSchema = z.object({
  enabled: z.boolean(),
  attrNames: z.array(z.tuple([z.enum(attrSlots), z.string()])),
  attrs: z.array(z.tuple([z.string(), z.array(z.tuple([z.enum(attrSlots), z.string()]))])),
  tags: z.array(z.tuple([z.string(), z.array(z.string())])),
  tasks: z.array(pushTaskSchema),
  taskSeq: z.number(),
});

/** The push slice's saved form (what the demo seed builds). */
export type PushSaved = z.infer<typeof savedSchema>;

/** An empty push state: feature on, nothing named, no tags, no tasks. */
export function emptyPushSaved(): PushSaved {
  return { enabled: true, attrNames: [], attrs: [], tags: [], tasks: [], taskSeq: 0 };
}

const bySlot = (a: [string, unknown], b: [string, unknown]) => Number(a[0]) - Number(b[0]);
const byKey = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Attribute names, user attributes and tags, and the push log (06-push.md §12). */
export class PushSlice implements StoreSlice<PushSaved> {
  readonly key = 'push';
  readonly schema = savedSchema;
  /** Whether "push to all users" is switched on (off → `im_push` answers 90045). */
  enabled = true;
  private readonly names = new Map<AttrSlot, string>();
  private readonly attrs = new Map<string, Map<AttrSlot, string>>();
  private readonly tags = new Map<string, string[]>();
  private tasks: PushTask[] = [];
  private taskSeq = 0;

  constructor(private readonly store: Store) {}

  load(data: PushSaved | undefined): void {
    const d = data ?? emptyPushSaved();
    this.enabled = d.enabled;
    this.names.clear();
    this.attrs.clear();
    this.tags.clear();
    for (const [slot, name] of d.attrNames) this.names.set(slot, name);
    for (const [userId, values] of d.attrs) this.attrs.set(userId, new Map(values));
    for (const [userId, list] of d.tags) this.tags.set(userId, [...list]);
    this.tasks = d.tasks.map((t) => ({ ...t }));
    this.taskSeq = d.taskSeq;
  }

  snapshot(): PushSaved {
    return {
      enabled: this.enabled,
      attrNames: [...this.names].sort(bySlot),
      attrs: [...this.attrs]
        .map(([u, m]): [string, [AttrSlot, string][]] => [u, [...m].sort(bySlot)])
        .sort(byKey),
      tags: [...this.tags].map(([u, t]): [string, string[]] => [u, [...t]]).sort(byKey),
      tasks: this.tasks.map((t) => ({ ...t })),
      taskSeq: this.taskSeq,
    };
  }

  /** A deleted account loses its attributes and tags; the push log is history and stays. */
  purgeUser(userId: string): void {
    this.attrs.delete(userId);
    this.tags.delete(userId);
  }

  summary(): Record<string, number> {
    return {
      attrNames: this.names.size,
      usersWithAttrs: this.attrs.size,
      usersWithTags: this.tags.size,
      pushTasks: this.tasks.length,
    };
  }

  /** Slot → name of the configured slots, in slot order (06-push.md `im_get_attr_name`). */
  attrNames(): Record<string, string> {
    return Object.fromEntries([...this.names].sort(bySlot));
  }

  /** The slot an attribute name is configured on, or undefined (→ 90033 in the handlers). */
  slotOf(name: string): AttrSlot | undefined {
    for (const [slot, n] of this.names) if (n === name) return slot;
    return undefined;
  }

  /**
   * Upserts the given slots, keeping the others (06-push.md `im_set_attr_name`). Refuses, changing
   * nothing, when the result would give two slots the same name; returns the clashing name then.
   */
  setAttrNames(names: Readonly<Record<string, string>>): string | undefined {
    const next = new Map(this.names);
    for (const [slot, name] of Object.entries(names)) next.set(slot as AttrSlot, name);
    const seen = new Set<string>();
    for (const name of next.values()) {
      if (seen.has(name)) return name;
      seen.add(name);
    }
    this.names.clear();
    for (const [slot, name] of next) this.names.set(slot, name);
    return undefined;
  }

  /** A user's attributes by name (`{}` when none; 06-push.md `im_get_attr`). */
  attrsOf(userId: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [slot, value] of [...(this.attrs.get(userId) ?? [])].sort(bySlot)) {
      const name = this.names.get(slot);
      if (name !== undefined) out[name] = value;
    }
    return out;
  }

  /** Overwrites the listed attributes of a user (names must be configured; the handler checks). */
  setAttrs(userId: string, values: Readonly<Record<string, string>>): void {
    const m = this.attrs.get(userId) ?? new Map<AttrSlot, string>();
    for (const [name, value] of Object.entries(values)) {
      const slot = this.slotOf(name);
      if (slot !== undefined) m.set(slot, value);
    }
    if (m.size) this.attrs.set(userId, m);
  }

  /** Deletes the named attributes of a user; a missing one is a no-op. */
  removeAttrs(userId: string, names: readonly string[]): void {
    const m = this.attrs.get(userId);
    if (!m) return;
    for (const name of names) {
      const slot = this.slotOf(name);
      if (slot !== undefined) m.delete(slot);
    }
    if (!m.size) this.attrs.delete(userId);
  }

  /** A user's tags in insertion order (`[]` when none; 06-push.md `im_get_tag`). */
  tagsOf(userId: string): string[] {
    return [...(this.tags.get(userId) ?? [])];
  }

  /**
   * Adds tags as a set (or replaces them all with `replace`); refuses, changing nothing, when the
   * user would hold more than `max` tags (06-push.md §1.3: 100). Returns whether it applied.
   */
  addTags(userId: string, tags: readonly string[], max: number, replace = false): boolean {
    const next = replace ? [] : this.tagsOf(userId);
    for (const t of tags) if (!next.includes(t)) next.push(t);
    if (next.length > max) return false;
    if (next.length) this.tags.set(userId, next);
    else this.tags.delete(userId);
    return true;
  }

  /** Removes some tags of a user; a tag the user lacks is a no-op. */
  removeTags(userId: string, tags: readonly string[]): void {
    const next = this.tagsOf(userId).filter((t) => !tags.includes(t));
    if (next.length) this.tags.set(userId, next);
    else this.tags.delete(userId);
  }

  /** Clears every tag of a user (idempotent). */
  clearTags(userId: string): void {
    this.tags.delete(userId);
  }

  /**
   * Who a push with `condition` reaches now: every live account except the sender, filtered by the
   * condition (06-push.md §1.4; a missing attribute never matches), sorted by UserID.
   */
  audienceOf(condition: PushCondition | undefined, sender?: string): string[] {
    const out: string[] = [];
    for (const a of this.store.accounts.values()) {
      if (a.deletedAt !== undefined || a.userId === sender) continue;
      const target = { attrs: this.attrsOf(a.userId), tags: this.tags.get(a.userId) ?? [] };
      if (matchesPushCondition(condition, target)) out.push(a.userId);
    }
    return out.sort();
  }

  /** The task created by the same `MsgRandom` within the last 7 days, if any (06-push.md §1.5 dedupe). */
  taskByRandom(msgRandom: number, nowSeconds: number): PushTask | undefined {
    return this.tasks.find(
      (t) => t.MsgRandom === msgRandom && nowSeconds - t.createdAt < PUSH_DEDUPE_SECONDS,
    );
  }

  /** Records an accepted push and returns its task (the log keeps the newest `PUSH_LOG_MAX`). */
  recordPush(task: Omit<PushTask, 'TaskId' | 'audience' | 'recipients'>, sdkAppId: number): PushTask {
    this.taskSeq++;
    const condition = task.Condition as PushCondition | undefined;
    const full: PushTask = {
      ...task,
      TaskId: taskIdFor(sdkAppId, task.MsgRandom, task.createdAt, this.taskSeq),
      audience: pushAudience(condition) satisfies PushAudience,
      recipients: this.audienceOf(condition, task.From_Account),
    };
    this.tasks.unshift(full);
    if (this.tasks.length > PUSH_LOG_MAX) this.tasks.length = PUSH_LOG_MAX;
    return { ...full };
  }

  /** The push log, newest first (for the control routes and later calls). */
  pushTasks(): PushTask[] {
    return this.tasks.map((t) => ({ ...t }));
  }

  /** One logged task by `TaskId`, with the accounts it reached. */
  pushTask(taskId: string): PushTask | undefined {
    const t = this.tasks.find((x) => x.TaskId === taskId);
    return t && { ...t };
  }

  /** Accepted pushes since `sinceSeconds` (e.g. the start of today, for the remaining daily quota). */
  pushCountSince(sinceSeconds: number): number {
    return this.tasks.filter((t) => t.createdAt >= sinceSeconds).length;
  }
}

/**
 * A TaskId in the documented style `"{SDKAppID}_{uint64}_{uint32}_{counter}"` (06-push.md §1.5),
 * derived from the task's own values so the same calls give the same ids.
 */
export function taskIdFor(sdkAppId: number, msgRandom: number, createdAt: number, seq: number): string {
  const big = 144115188075855872n + BigInt(createdAt) * 4096n + BigInt(seq % 4096);
  return `${sdkAppId}_${big}_${msgRandom >>> 0}_${seq}`;
}
