/** `openim_msg_ext_http_svc/get_key_values`: read a C2C message's extension KVs (../shared/im-api/03-c2c-messages.md). */
import { endpoint } from '../../../api/endpoints/openim_msg_ext_http_svc/get_key_values';
import { defineHandler } from '../../handler';
import { c2cParamCode } from '../openim/c2c-common';
import { extensibleMessage } from './message-ext';

/** Most KVs one answer carries (03 get_key_values limits). */
export const KVS_PER_PAGE = 200;

/** KVs with `Seq` ≥ `StartSeq` (default 0) sorted by `Seq`, at most 200; `CompleteFlag` 0 when more remain. */
export const getKeyValues = defineHandler(
  endpoint,
  (req, ctx) => {
    const { ext } = extensibleMessage(ctx, req);
    const all = ext.kvs
      .filter((kv) => kv.seq >= (req.StartSeq ?? 0))
      .sort((a, b) => a.seq - b.seq || (a.key < b.key ? -1 : 1));
    const page = all.slice(0, KVS_PER_PAGE);
    return {
      CompleteFlag: page.length === all.length ? (1 as const) : (0 as const),
      LatestSeq: ext.latestSeq,
      ClearSeq: ext.clearSeq,
      ExtensionList: page.map((kv) => ({ Key: kv.key, Value: kv.value, Seq: kv.seq })),
    };
  },
  { paramCode: c2cParamCode },
);
