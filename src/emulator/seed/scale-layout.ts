/**
 * Where things are in the `scale` seed: the sizes, the UserID and GroupId formats and which users
 * are in which group or C2C conversation, as pure arithmetic — shared by the seed (`scale.ts`,
 * `scale-data.ts`) and the scale benchmark, which must find real data without scanning it.
 */

/** Live numbered accounts of the scale seed (admins come on top). */
export const SCALE_USERS = 1_000_000;
/** Groups of the scale seed, the big Community included. */
export const SCALE_GROUPS = 100_000;
/** Members of the big Community (the first users, `u0000001`…). */
export const SCALE_BIG_GROUP_MEMBERS = 100_000;
/** Stored messages, group and C2C together. */
export const SCALE_MESSAGES = 1_000_000;
/** Stored messages of the big Community. */
export const SCALE_BIG_GROUP_MESSAGES = 20_000;
/** The big Community's GroupId. */
export const SCALE_BIG_GROUP = '@TGS#_scale_community';

/** The UserID of numbered user `n` (1-based): `u0000001`. */
export function scaleUserId(n: number): string {
  return `u${String(n).padStart(7, '0')}`;
}

/** Group types by `i % 10`: 3 Work, 4 Public, 1 Meeting, 1 AVChatRoom, 1 Community in every ten. */
export const SCALE_TYPE_CYCLE = [
  'Private',
  'Private',
  'Private',
  'Public',
  'Public',
  'Public',
  'Public',
  'ChatRoom',
  'AVChatRoom',
  'Community',
] as const;

/** The GroupId of ordinary group `i` (1…SCALE_GROUPS−1), in the server's format (10-groups-core.md §2.4). */
export function scaleGroupId(i: number): string {
  const type = SCALE_TYPE_CYCLE[i % 10];
  const tail = i.toString(36).toUpperCase();
  if (type === 'Community') return `@TGS#_@TGS#c${tail.padStart(10, '0')}`;
  return `@TGS#${({ Private: '1', Public: '2', ChatRoom: '3', AVChatRoom: 'a' } as const)[type ?? 'Private']}${tail.padStart(8, '0')}`;
}

/** The members (1-based user numbers) of ordinary group `i`: 3–20 users spread over the whole range. */
export function scaleGroupMembers(i: number): number[] {
  const size = 3 + ((i * 7) % 18);
  const out: number[] = [];
  for (let k = 0; k < size; k++) out.push(1 + ((i * 7919 + k * 104_729) % SCALE_USERS));
  return out;
}

/** The two users (1-based) of C2C conversation `i`. */
export function scalePair(i: number): [number, number] {
  const a = 1 + ((i * 48_271) % SCALE_USERS);
  const b = 1 + ((a + 1 + ((i * 16_807) % (SCALE_USERS - 1))) % SCALE_USERS);
  return [a, b === a ? 1 + (b % SCALE_USERS) : b];
}
