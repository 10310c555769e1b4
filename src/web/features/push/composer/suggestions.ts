/**
 * Tag and attribute-value suggestions for the audience picker. The IM API cannot list an app's tags or
 * attribute values (06-push.md has no such command), so the composer offers the values it has seen: the
 * conditions of pushes in the proxy's push log, and the tags and attributes of users looked up here.
 */

/** What the picker offers; every field still takes free entry. */
export interface Suggestions {
  tags: string[];
  /** Attribute name → values seen. */
  attrValues: Record<string, string[]>;
}

/** The tags and attributes of one looked-up user. */
export interface LookedUpUser {
  userId: string;
  tags: readonly string[];
  attrs: Readonly<Record<string, string>>;
}

function rec(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

/** Collects unique suggestions, looked-up users first (most specific), then the log's newest first. */
export function collectSuggestions(
  logRequests: readonly unknown[],
  users: readonly LookedUpUser[],
): Suggestions {
  const tags = new Set<string>();
  const values = new Map<string, Set<string>>();
  const addValue = (name: string, value: unknown) => {
    if (typeof value !== 'string' || value === '') return;
    let set = values.get(name);
    if (!set) values.set(name, (set = new Set()));
    set.add(value);
  };
  for (const user of users) {
    user.tags.forEach((t) => tags.add(t));
    for (const [name, value] of Object.entries(user.attrs)) addValue(name, value);
  }
  for (const request of logRequests) {
    const condition = rec(rec(request)?.Condition);
    if (!condition) continue;
    for (const key of ['TagsAnd', 'TagsOr'] as const) {
      const list = condition[key];
      if (Array.isArray(list)) list.forEach((t) => typeof t === 'string' && t !== '' && tags.add(t));
    }
    for (const key of ['AttrsAnd', 'AttrsOr'] as const) {
      for (const [name, value] of Object.entries(rec(condition[key]) ?? {})) addValue(name, value);
    }
  }
  return {
    tags: [...tags],
    attrValues: Object.fromEntries([...values].map(([name, set]) => [name, [...set]])),
  };
}
