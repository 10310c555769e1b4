/**
 * Building the send requests of the transcript toolbar, free of React: `sendmsg` (as the admin or on
 * behalf of a user), `send_group_msg` (groups and topics), `batchsendmsg` (one message to many users,
 * 500 per call, each recipient with its result) and `importmsg` (03-c2c-messages.md,
 * 11-groups-messages.md). Options follow the documented fields; nothing is sent that the operator
 * did not choose.
 */
import { batchMax } from '../../../../api/endpoint';
import type { MsgBody, OfflinePushInfo } from '../../../../api/elements';
import { endpoint as batchsendmsg } from '../../../../api/endpoints/openim/batchsendmsg';
import type { ImportmsgRequest } from '../../../../api/endpoints/openim/importmsg';
import type { SendmsgRequest } from '../../../../api/endpoints/openim/sendmsg';
import type { SendGroupMsgRequest } from '../../../../api/endpoints/group_open_http_svc/send_group_msg';
import { callIm, type ImCaller } from '../../../lib/api-client';
import { createJob, type ItemOutcome, type Job, type JobSpec } from '../../../lib/jobs/runner';

/** Delivery options of a send, as the form holds them. */
export interface SendOptions {
  /** `SyncOtherMachine`: omitted (default), 1 or 2. */
  sync: 'default' | '1' | '2';
  /** Offline push on (PushFlag 0) or off (PushFlag 1). */
  push: boolean;
  pushTitle: string;
  pushDesc: string;
  pushExt: string;
  noUnread: boolean;
  noLastMsg: boolean;
}

/** The defaults: what the API does when the fields are omitted. */
export const defaultSendOptions: SendOptions = {
  sync: 'default',
  push: true,
  pushTitle: '',
  pushDesc: '',
  pushExt: '',
  noUnread: false,
  noLastMsg: false,
};

/** An unsigned 32-bit random number for `MsgRandom` / `Random` / `MsgSeq`. */
export function randomUint32(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** `OfflinePushInfo` for the options, or undefined when the defaults apply (push with the message text). */
export function offlinePushInfo(options: SendOptions): OfflinePushInfo | undefined {
  if (!options.push) return { PushFlag: 1 };
  const title = options.pushTitle.trim();
  const desc = options.pushDesc.trim();
  const ext = options.pushExt;
  if (!title && !desc && !ext) return undefined;
  return {
    PushFlag: 0,
    ...(title ? { Title: title } : {}),
    ...(desc ? { Desc: desc } : {}),
    ...(ext ? { Ext: ext } : {}),
  };
}

function sendControl(options: SendOptions): ('NoUnread' | 'NoLastMsg')[] | undefined {
  const out: ('NoUnread' | 'NoLastMsg')[] = [];
  if (options.noUnread) out.push('NoUnread');
  if (options.noLastMsg) out.push('NoLastMsg');
  return out.length ? out : undefined;
}

/** The `sendmsg` request; `from` undefined sends as the admin. */
export function sendmsgRequest(args: {
  from?: string;
  to: string;
  body: MsgBody;
  options: SendOptions;
  random?: number;
}): SendmsgRequest {
  const { from, to, body, options } = args;
  const push = offlinePushInfo(options);
  const control = sendControl(options);
  return {
    ...(options.sync !== 'default' ? { SyncOtherMachine: options.sync === '1' ? 1 : 2 } : {}),
    ...(from ? { From_Account: from } : {}),
    To_Account: to,
    MsgRandom: args.random ?? randomUint32(),
    MsgBody: body,
    ...(control ? { SendMsgControl: control } : {}),
    ...(push ? { OfflinePushInfo: push } : {}),
  };
}

/** The `send_group_msg` request (topics carry `TopicId`); `from` undefined posts as the admin. */
export function sendGroupMsgRequest(args: {
  groupId: string;
  topicId?: string;
  from?: string;
  body: MsgBody;
  options: SendOptions;
  random?: number;
}): SendGroupMsgRequest {
  const push = offlinePushInfo(args.options);
  const control = sendControl(args.options);
  return {
    GroupId: args.groupId,
    Random: args.random ?? randomUint32(),
    MsgBody: args.body,
    ...(args.from ? { From_Account: args.from } : {}),
    ...(args.topicId ? { TopicId: args.topicId } : {}),
    ...(control ? { SendMsgControl: control } : {}),
    ...(push ? { OfflinePushInfo: push } : {}),
  };
}

/** The `importmsg` request for one message at `time` (Unix seconds). */
export function importmsgRequest(args: {
  from: string;
  to: string;
  time: number;
  mode: 2 | 5;
  body: MsgBody;
  seq: number;
  random: number;
}): ImportmsgRequest {
  return {
    SyncFromOldSystem: args.mode,
    From_Account: args.from,
    To_Account: args.to,
    MsgSeq: args.seq,
    MsgRandom: args.random,
    MsgTimeStamp: args.time,
    MsgBody: args.body,
  };
}

/** One `batchsendmsg` call: recipients in `ErrorList` failed with their code, the others got the message. */
export async function batchSendBatch(
  recipients: readonly string[],
  message: { from?: string; body: MsgBody; options: SendOptions },
  signal: AbortSignal,
  call: ImCaller = callIm,
): Promise<ItemOutcome[]> {
  const { from, body, options } = message;
  const push = offlinePushInfo(options);
  const control = sendControl(options);
  const res = await call(
    batchsendmsg,
    {
      ...(options.sync !== 'default' ? { SyncOtherMachine: options.sync === '1' ? 1 : 2 } : {}),
      ...(from ? { From_Account: from } : {}),
      To_Account: [...recipients],
      MsgRandom: randomUint32(),
      MsgBody: body,
      ...(control ? { SendMsgControl: control } : {}),
      ...(push ? { OfflinePushInfo: push } : {}),
    },
    { signal },
  );
  // A non-empty ErrorList is a partial failure whatever ErrorCode says (03, batchsendmsg).
  const failed = new Map((res.ErrorList ?? []).map((e) => [e.To_Account, e.ErrorCode]));
  return recipients.map((id): ItemOutcome => {
    const code = failed.get(id);
    return code === undefined ? { status: 'ok', note: res.MsgKey } : { status: 'failed', code };
  });
}

/** The send-to-many job: batches of the documented 500, paced to the documented rate. */
export function batchSendJob(
  recipients: readonly string[],
  message: { from?: string; body: MsgBody; options: SendOptions },
  call: ImCaller = callIm,
  tuning: Partial<Pick<JobSpec<unknown>, 'concurrency' | 'maxRetries' | 'backoffMs' | 'clock'>> = {},
): Job<string> {
  return createJob({
    items: recipients,
    batchSize: batchMax(batchsendmsg, 'To_Account'),
    rate: batchsendmsg.rate,
    ...tuning,
    run: (batch, signal) => batchSendBatch(batch, message, signal, call),
  });
}
