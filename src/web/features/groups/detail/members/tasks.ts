/**
 * The Members tab's batch jobs on the shared runner (src/web/lib/jobs): add, remove and import members,
 * each batched by the smallest documented cap and paced by the endpoint's call frequency, every user
 * ending with a result. Free of React; the caller is injectable so tests need no proxy.
 */
import {
  ADD_GROUP_MEMBER_MAX_NEWER,
  endpoint as addGroupMember,
} from '../../../../../api/endpoints/group_open_http_svc/add_group_member';
import {
  DELETE_GROUP_MEMBER_MAX,
  endpoint as deleteGroupMember,
} from '../../../../../api/endpoints/group_open_http_svc/delete_group_member';
import { endpoint as getRoleInGroup } from '../../../../../api/endpoints/group_open_http_svc/get_role_in_group';
import {
  IMPORT_GROUP_MEMBER_MAX_NEWER,
  endpoint as importGroupMember,
} from '../../../../../api/endpoints/group_open_http_svc/import_group_member';
import { callIm, type ImCaller } from '../../../../lib/api-client';
import { createJob, type ItemOutcome, type Job, type JobSpec } from '../../../../lib/jobs/runner';
import type { ImportMemberRow } from './parse-import-members';

/** Runner tuning tests override. */
export type JobTuning = Partial<
  Pick<JobSpec<unknown>, 'headroom' | 'concurrency' | 'maxRetries' | 'backoffMs'>
>;

/** Users per `add_group_member` call: the newest docs' cap of 20 (README "Decisions": the smaller). */
export const ADD_BATCH = ADD_GROUP_MEMBER_MAX_NEWER;

/** Members per `import_group_member` call: the newest docs' cap of 20. */
export const IMPORT_BATCH = IMPORT_GROUP_MEMBER_MAX_NEWER;

/** Notes a job puts on an item, turned into words by the tab. */
export type MemberNote = 'waiting' | 'result0' | 'notMember' | 'owner' | 'missing';

/** Per-user `Result` of add/import (0 failed, 1 done, 2 already a member, 3 waiting) as an outcome. */
export function resultOutcome(result: number | undefined): ItemOutcome {
  switch (result) {
    case 1:
      return { status: 'ok' };
    case 2:
      return { status: 'existed' };
    case 3:
      return { status: 'ok', note: 'waiting' };
    case 0:
      return { status: 'failed', note: 'result0' };
    default:
      return { status: 'failed', note: 'missing' };
  }
}

function byAccount<T extends { Member_Account: string }>(items: readonly T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((i) => [i.Member_Account, i]));
}

/** Adds `ids` to the group; `Silence: 1` when `silent`. */
export function addMembersJob(
  groupId: string,
  ids: readonly string[],
  silent: boolean,
  call: ImCaller = callIm,
  tuning: JobTuning = {},
): Job<string> {
  return createJob({
    items: ids,
    batchSize: ADD_BATCH,
    rate: addGroupMember.rate,
    ...tuning,
    run: async (batch, signal) => {
      const res = await call(
        addGroupMember,
        {
          GroupId: groupId,
          ...(silent ? { Silence: 1 as const } : {}),
          MemberList: batch.map((Member_Account) => ({ Member_Account })),
        },
        { signal },
      );
      const results = byAccount(res.MemberList);
      return batch.map((id) => resultOutcome(results.get(id)?.Result));
    },
  });
}

/**
 * Removes `ids` from the group, 100 per call. `delete_group_member` skips non-members silently and has
 * no per-user result, so each batch asks `get_role_in_group` first: non-members are reported as such and
 * the owner (whom the service refuses to remove) is not sent.
 */
export function removeMembersJob(
  groupId: string,
  ids: readonly string[],
  options: { silent: boolean; reason: string },
  call: ImCaller = callIm,
  tuning: JobTuning = {},
): Job<string> {
  return createJob({
    items: ids,
    batchSize: DELETE_GROUP_MEMBER_MAX,
    rate: deleteGroupMember.rate,
    ...tuning,
    run: async (batch, signal) => {
      const roles = await call(getRoleInGroup, { GroupId: groupId, User_Account: batch }, { signal });
      const roleOf = new Map((roles.UserIdList ?? []).map((u) => [u.Member_Account, u.Role]));
      const send = batch.filter((id) => roleOf.get(id) !== 'NotMember' && roleOf.get(id) !== 'Owner');
      if (send.length > 0) {
        await call(
          deleteGroupMember,
          {
            GroupId: groupId,
            MemberToDel_Account: send,
            ...(options.silent ? { Silence: 1 as const } : {}),
            ...(options.reason.trim() ? { Reason: options.reason.trim() } : {}),
          },
          { signal },
        );
      }
      return batch.map((id): ItemOutcome => {
        const role = roleOf.get(id);
        if (role === 'NotMember') return { status: 'existed', note: 'notMember' };
        if (role === 'Owner') return { status: 'failed', note: 'owner' };
        return { status: 'ok' };
      });
    },
  });
}

/** Imports the preview's rows; rows that broke a rule are reported, not sent. */
export function importMembersJob(
  groupId: string,
  rows: readonly ImportMemberRow[],
  call: ImCaller = callIm,
  tuning: JobTuning = {},
): Job<ImportMemberRow> {
  return createJob({
    items: rows,
    batchSize: IMPORT_BATCH,
    rate: importGroupMember.rate,
    ...tuning,
    run: async (batch, signal) => {
      const send = batch.filter((r) => r.problems.length === 0);
      const results =
        send.length > 0
          ? byAccount(
              (
                await call(
                  importGroupMember,
                  { GroupId: groupId, MemberList: send.map((r) => r.member) },
                  { signal },
                )
              ).MemberList,
            )
          : new Map<string, { Result: number }>();
      return batch.map((r): ItemOutcome => {
        if (r.problems.length > 0)
          return { status: 'failed', reason: r.problems.map((p) => `${p.field} ${p.rule}`).join('; ') };
        return resultOutcome(results.get(r.member.Member_Account)?.Result);
      });
    },
  });
}
