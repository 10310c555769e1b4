/** `profile/portrait_set`: write profile fields of one account (../shared/im-api/05-profile.md). */
import { endpoint } from '../../../api/endpoints/profile/portrait_set';
import { findProfileTag, profileItemProblem } from '../../../api/profile';
import { afterPortraitSet } from '../../callbacks/account-events';
import { defineHandler } from '../../handler';
import type { SchemaIssue } from '../../services';
import { ImFailure } from '../../im-failure';

/**
 * The profile code for a broken item rule (05-profile.md portrait_set "Errors"): the contract checks
 * each `{Tag, Value}`, and the code depends on which rule broke (40009 tag, 40610 type, 40605 enum,
 * 40601 length); anything else is the generic 40001.
 */
function itemCode(issue: SchemaIssue, body: Record<string, unknown>): number | undefined {
  const [field, index, part] = issue.path;
  if (field !== 'ProfileItem' || typeof index !== 'number') return undefined;
  const item = (body.ProfileItem as unknown[] | undefined)?.[index];
  if (typeof item !== 'object' || item === null) return undefined;
  const { Tag, Value } = item as { Tag?: unknown; Value?: unknown };
  if (typeof Tag !== 'string' || Value === undefined) return undefined;
  if (part === 'Value' && issue.code === 'invalid_union') return 40610;
  return profileItemProblem(Tag, Value)?.code;
}

/**
 * Checks every item before writing any (all-or-nothing): account must exist (40003), custom tags must
 * be registered (40009) and writable by the admin (40008), values must fit their tag. Then writes,
 * last value winning for a tag given twice.
 */
export const portraitSet = defineHandler(
  endpoint,
  (req, ctx) => {
    const { store } = ctx;
    if (!store.isImported(req.From_Account)) {
      throw new ImFailure(40003, `account ${req.From_Account} does not exist`);
    }
    for (const { Tag, Value } of req.ProfileItem) {
      if (!findProfileTag(Tag)) {
        const custom = store.customTag(Tag);
        if (!custom)
          throw new ImFailure(40009, `profile tag ${Tag} does not exist (register custom tags first)`);
        if (!custom.adminWrite) throw new ImFailure(40008, `no write permission for profile tag ${Tag}`);
      }
      const problem = profileItemProblem(Tag, Value);
      if (problem) throw new ImFailure(problem.code, `${Tag}: ${problem.message}`);
    }
    store.setProfile(
      req.From_Account,
      req.ProfileItem.map((i) => [i.Tag, i.Value] as const),
    );
    afterPortraitSet(ctx, req.From_Account, req.ProfileItem);
    return {};
  },
  { paramCode: itemCode },
);
