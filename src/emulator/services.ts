/**
 * Per-service error codes the pipeline needs before a handler runs: invalid JSON, invalid parameter,
 * "admin permission required" and internal error. Each IM service has its own numbers
 * (../shared/im-api/01-conventions.md §6 and §10.4; group codes from 10-groups-core.md, conversation
 * codes from 08-conversations.md, global-mute/statistics codes from 12-global-mute.md and 13-operations.md).
 */
import type { z } from 'zod';

/** One broken schema rule, as zod reports it. */
export type SchemaIssue = z.core.$ZodIssue;

/** The codes one IM service answers with for request-level problems. */
export interface ServiceCodes {
  /** Body empty, not JSON, or not a JSON object. */
  invalidJson: number;
  /** Body fails the endpoint's schema (default; `paramCode` may refine it per field). */
  invalidParam: number;
  /** `identifier` is not an App admin. */
  notAdmin: number;
  /** A handler crashed. */
  internal: number;
  /** Whether answers carry `ErrorDisplay: ""` (profile and sns do; 01-conventions.md §4). */
  errorDisplay?: boolean;
  /** Picks a field-specific code for a schema issue (openim numbers most fields; 01-conventions.md §10.3). */
  paramCode?: (issue: SchemaIssue) => number | undefined;
}

/** openim's field-specific parameter codes (01-conventions.md §10.3, 02-accounts.md `query_online_status`). */
function openimParamCode(issue: SchemaIssue): number | undefined {
  const field = issue.path[0];
  if (field === 'To_Account') {
    // The list itself: empty → 90001, over 500 → 90011; a missing list or a bad element → 90003.
    if (issue.path.length === 1 && issue.code === 'too_big') return 90011;
    if (issue.path.length === 1 && issue.code === 'too_small') return 90001;
    return 90003;
  }
  const byField: Record<string, number> = {
    From_Account: 90008,
    MsgBody: 90002,
    MsgSeq: 90004,
    MsgRandom: 90005,
    MsgTimeStamp: 90006,
    SyncOtherMachine: 90031,
    MsgLifeTime: 90044,
  };
  return typeof field === 'string' ? byField[field] : undefined;
}

const openim: ServiceCodes = {
  invalidJson: 90001,
  invalidParam: 90001,
  notAdmin: 90009,
  internal: 90994,
  paramCode: openimParamCode,
};
const group: ServiceCodes = { invalidJson: 10011, invalidParam: 10004, notAdmin: 10007, internal: 10002 };
const configSvr: ServiceCodes = {
  invalidJson: 130001,
  invalidParam: 130003,
  notAdmin: 60010,
  internal: 130014,
};

/** Codes by IM service name. */
export const serviceCodes: Record<string, ServiceCodes> = {
  im_open_login_svc: { invalidJson: 70402, invalidParam: 70402, notAdmin: 70403, internal: 70500 },
  openim,
  all_member_push: openim,
  // Message extensions share openim's codes (03-c2c-messages.md §10–11 documents none of its own).
  openim_msg_ext_http_svc: openim,
  profile: { invalidJson: 40001, invalidParam: 40001, notAdmin: 40004, internal: 40006, errorDisplay: true },
  sns: { invalidJson: 30001, invalidParam: 30001, notAdmin: 30004, internal: 30006, errorDisplay: true },
  group_open_http_svc: group,
  million_group_open_http_svc: group,
  // get_list/delete answers carry ErrorDisplay in the seed's examples (08-conversations.md).
  recentcontact: {
    invalidJson: 50002,
    invalidParam: 50002,
    notAdmin: 50003,
    internal: 50004,
    errorDisplay: true,
  },
  openconfigsvr: configSvr,
  // 13-operations.md get_history: 1001 request/parameter problem (OCR best reading); admin and internal as the gateway.
  open_msg_svc: { invalidJson: 1001, invalidParam: 1001, notAdmin: 60010, internal: 60008 },
};

/** Gateway-level codes for services whose own numbers are undocumented (01-conventions.md §10.1). */
export const gatewayCodes: ServiceCodes = {
  invalidJson: 60003,
  invalidParam: 60002,
  notAdmin: 60010,
  internal: 60008,
};

/** The codes for a service, falling back to the gateway's. */
export function codesFor(service: string): ServiceCodes {
  return serviceCodes[service] ?? gatewayCodes;
}
