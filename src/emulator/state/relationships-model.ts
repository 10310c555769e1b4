/**
 * The relationship chain's records and their saved (snapshot) form: friend entries, friend lists,
 * blocklists, pending friend requests and the per-user sequences, laid out as
 * ../shared/im-api/07-relationships.md §2 "Suggested emulator state" proposes.
 */
import { z } from 'zod';

/** A custom friend field value: string or whole number (07 §1, §4). */
export type FriendValue = string | number;

/** One directed friend entry `friends[owner][peer]` (07 §1 "Standard friend fields"). */
export interface FriendEntry {
  addSource: string;
  /** Unix seconds the friendship was formed. */
  addTime: number;
  addWording?: string;
  remark?: string;
  /** Unix seconds the remark was set. */
  remarkTime?: number;
  /** The owner's friend lists this friend is in (`Tag_SNS_IM_Group`). */
  groups: string[];
  /** `Tag_SNS_Custom_*` values by tag. */
  custom: Map<string, FriendValue>;
}

/** A friend request waiting for the target's approval, created by a 30539 outcome of `friend_add`. */
export interface PendingRequest {
  addSource: string;
  addWording?: string;
  remark?: string;
  group?: string;
  addType: 'Add_Type_Both' | 'Add_Type_Single';
  /** Unix seconds the request was made. */
  time: number;
}

/** The per-user sequences clients cache against (07 §2). */
export interface Sequences {
  /** `StandardSequence`: bumped by any standard-field change or friend add/delete. */
  standard: number;
  /** `CustomSequence`: bumped by any `Tag_SNS_Custom_*` change. */
  custom: number;
  /** Friend-list sequence (`CurrentSequence` of group_add/group_delete/group_get). */
  list: number;
  /** Blocklist sequence (`CurruentSequence` of black_list_get). */
  black: number;
}

/** Everything the relationship chain holds for one user. */
export interface UserRelations {
  /** Friends by UserID: who this user lists. */
  friends: Map<string, FriendEntry>;
  /** Friend-list names in creation order (at most 32; a list may have no members). */
  lists: string[];
  /** Blocked UserIDs and the Unix seconds they were blocked. */
  blocked: Map<string, number>;
  /** Requests to this user, by requester. */
  pending: Map<string, PendingRequest>;
  seq: Sequences;
}

/** Custom friend fields every seed registers: the docs' own example tag plus two demo fields (07 §1). */
export const defaultFriendCustomTags: readonly string[] = [
  'Tag_SNS_Custom_Test',
  'Tag_SNS_Custom_Intimacy',
  'Tag_SNS_Custom_Note',
];

/** Pending requests one user may hold before `friend_add` answers 30012 (the live cap is undocumented). */
export const MAX_PENDING_REQUESTS = 3000;

const valueSchema = z.union([z.string(), z.number()]);

/** The saved form of one friend entry. */
export const savedFriendSchema = z.object({
  peer: z.string(),
  addSource: z.string(),
  addTime: z.number(),
  addWording: z.string().optional(),
  remark: z.string().optional(),
  remarkTime: z.number().optional(),
  groups: z.array(z.string()),
  custom: z.array(z.tuple([z.string(), valueSchema])),
});

/** The saved form of one pending request (`from` is the requester). */
export const savedPendingSchema = z.object({
  from: z.string(),
  addSource: z.string(),
  addWording: z.string().optional(),
  remark: z.string().optional(),
  group: z.string().optional(),
  addType: z.enum(['Add_Type_Both', 'Add_Type_Single']),
  time: z.number(),
});

/** The saved form of one user's relationship data. */
export const savedUserRelationsSchema = z.object({
  userId: z.string(),
  friends: z.array(savedFriendSchema),
  lists: z.array(z.string()),
  blocked: z.array(z.tuple([z.string(), z.number()])),
  pending: z.array(savedPendingSchema),
  seq: z.object({ standard: z.number(), custom: z.number(), list: z.number(), black: z.number() }),
});

/** The relationships slice as saved under `snapshot.slices.relationships` (and as the demo seed builds it). */
export const relationshipsSavedSchema = z.object({
  /** Registered `Tag_SNS_Custom_*` fields (in the real service, configured in the console). */
  customTags: z.array(z.string()),
  users: z.array(savedUserRelationsSchema),
});

/** The saved form of the relationships slice. */
export type RelationshipsSaved = z.infer<typeof relationshipsSavedSchema>;

/** The saved form of one user's relationship data. */
export type SavedUserRelations = z.infer<typeof savedUserRelationsSchema>;

/** The saved form of one friend entry. */
export type SavedFriend = z.infer<typeof savedFriendSchema>;

/** A fresh, empty record. */
export function emptyUserRelations(): UserRelations {
  return {
    friends: new Map(),
    lists: [],
    blocked: new Map(),
    pending: new Map(),
    seq: { standard: 0, custom: 0, list: 0, black: 0 },
  };
}

const byKey = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);

/** Turns a saved user record into the in-memory one. */
export function loadUserRelations(saved: SavedUserRelations): UserRelations {
  return {
    friends: new Map(
      saved.friends.map(({ peer, custom, groups, ...rest }) => [
        peer,
        { ...rest, groups: [...groups], custom: new Map(custom) },
      ]),
    ),
    lists: [...saved.lists],
    blocked: new Map(saved.blocked),
    pending: new Map(saved.pending.map(({ from, ...rest }) => [from, { ...rest }])),
    seq: { ...saved.seq },
  };
}

/** The saved form of a user record, in a deterministic order (peers sorted; lists in creation order). */
export function saveUserRelations(userId: string, r: UserRelations): SavedUserRelations {
  return {
    userId,
    friends: [...r.friends].sort(byKey).map(([peer, { custom, groups, ...rest }]) => ({
      peer,
      ...rest,
      groups: [...groups],
      custom: [...custom].sort(byKey),
    })),
    lists: [...r.lists],
    blocked: [...r.blocked].sort(byKey),
    pending: [...r.pending].sort(byKey).map(([from, p]) => ({ from, ...p })),
    seq: { ...r.seq },
  };
}

/** True when a record holds nothing worth saving. */
export function isEmptyUserRelations(r: UserRelations): boolean {
  const { standard, custom, list, black } = r.seq;
  return (
    r.friends.size === 0 &&
    r.lists.length === 0 &&
    r.blocked.size === 0 &&
    r.pending.size === 0 &&
    standard + custom + list + black === 0
  );
}
