/** Test helpers for the `sns/*` handler tests (07-relationships.md): accounts, calls and contract checks. */
import { expect } from 'vitest';
import { endpoints } from '../../../api/endpoints';
import type { Emulator } from '../../app';
import type { FriendEntry } from '../../state/relationships-model';
import { callIm, testEmulator } from '../../test-support';

/** An emulator with accounts `a`…`e` imported (and whatever else is named). */
export function setupSns(extra: readonly string[] = []): Emulator {
  const { emu } = testEmulator();
  for (const id of ['a', 'b', 'c', 'd', 'e', ...extra]) emu.store.createAccount(id, 0);
  return emu;
}

/** Calls `sns/<command>` as the admin; the answer must parse with the endpoint's response schema. */
export async function sns(emu: Emulator, command: string, body: unknown): Promise<Record<string, unknown>> {
  const { json } = await callIm(emu, `sns/${command}`, body);
  const schema = (endpoints as Record<string, { response: { safeParse(v: unknown): { success: boolean } } }>)[
    `sns/${command}`
  ]?.response;
  if (json.ErrorCode === 0) expect(schema?.safeParse(json).success, `sns/${command} response`).toBe(true);
  return json;
}

/** Sets a user's friend-request setting (`Tag_Profile_IM_AllowType`). */
export function allow(emu: Emulator, userId: string, value: string): void {
  emu.store.setProfile(userId, [['Tag_Profile_IM_AllowType', value]]);
}

/** `friend_add` of plain items (AddSource Android), forced unless `extra` says otherwise. */
export function addFriends(
  emu: Emulator,
  from: string,
  to: readonly string[],
  extra: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  return sns(emu, 'friend_add', {
    From_Account: from,
    AddFriendItem: to.map((To_Account) => ({ To_Account, AddSource: 'AddSource_Type_Android' })),
    ForceAddFlags: 1,
    ...extra,
  });
}

/** A bare friend entry for filling lists directly through the slice. */
export function plainEntry(addTime = 0): FriendEntry {
  return { addSource: 'AddSource_Type_Web', addTime, groups: [], custom: new Map() };
}

/** The `ResultCode`s of a batch answer's items (`ResultItem`, `InfoItem`...). */
export function codes(json: Record<string, unknown>, key = 'ResultItem'): number[] {
  return (json[key] as { ResultCode: number }[]).map((i) => i.ResultCode);
}
