/** `openim_msg_ext_http_svc/set_key_values`: set, delete or clear a C2C message's extension KVs (../shared/im-api/03-c2c-messages.md). */
import { endpoint } from '../../../api/endpoints/openim_msg_ext_http_svc/set_key_values';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { c2cParamCode } from '../openim/c2c-common';
import { extensibleMessage, MAX_KVS_PER_MESSAGE } from './message-ext';

/**
 * Per item: a non-zero `Seq` that differs from the stored KV's → 23001 with the stored copy;
 * otherwise applied, bumping the message's `LatestSeq` and stamping the KV with it. Delete of an
 * absent key succeeds. `OperateType` 3 drops every KV and sets `ClearSeq` to the new `LatestSeq`.
 * More than 300 KVs on the message → the whole call fails with 90001 before anything changes.
 */
export const setKeyValues = defineHandler(
  endpoint,
  (req, ctx) => {
    const { ext } = extensibleMessage(ctx, req);
    if (req.OperateType === 3) {
      ext.latestSeq += 1;
      ext.clearSeq = ext.latestSeq;
      ext.kvs = [];
      return { ExtensionList: [] };
    }
    const items = req.ExtensionList ?? [];
    if (req.OperateType === 1) {
      const keys = new Set(ext.kvs.map((kv) => kv.key));
      for (const item of items) keys.add(item.Key);
      if (keys.size > MAX_KVS_PER_MESSAGE) {
        throw new ImFailure(90001, `a message holds at most ${MAX_KVS_PER_MESSAGE} extension KVs`);
      }
    }
    const results = items.map((item) => {
      const stored = ext.kvs.find((kv) => kv.key === item.Key);
      if (item.Seq && stored && item.Seq !== stored.seq) {
        return { ErrorCode: 23001, Extension: { Key: stored.key, Value: stored.value, Seq: stored.seq } };
      }
      ext.latestSeq += 1;
      if (req.OperateType === 2) {
        ext.kvs = ext.kvs.filter((kv) => kv.key !== item.Key);
        return { ErrorCode: 0, Extension: { Key: item.Key, Value: '', Seq: ext.latestSeq } };
      }
      if (stored) {
        stored.value = item.Value;
        stored.seq = ext.latestSeq;
      } else ext.kvs.push({ key: item.Key, value: item.Value, seq: ext.latestSeq });
      return { ErrorCode: 0, Extension: { Key: item.Key, Value: item.Value, Seq: ext.latestSeq } };
    });
    return { ExtensionList: results };
  },
  { paramCode: c2cParamCode },
);
