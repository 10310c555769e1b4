/** `ConfigSvc/GetIPList`: IM server and webhook egress IPs for allow-lists (../shared/im-api/13-operations.md). */
import { endpoint } from '../../../api/endpoints/ConfigSvc/GetIPList';
import { defineHandler } from '../../handler';

/** Where the emulator's "servers" are: it answers and calls webhooks from loopback. */
export const EMULATOR_IPS: readonly string[] = ['127.0.0.1'];

/**
 * The emulator is one host, so every `nettype` list (0 all, 1–4 SDK access, 5–6 webhook egress; a
 * query-string parameter of the newer docs) holds its own addresses: loopback, plus the IPv4 address
 * the call was made to when that is not loopback. Unknown or missing `nettype` values are ignored.
 */
export const getIPList = defineHandler(endpoint, (_req, ctx) => {
  const host = new URL(ctx.requestUrl).hostname;
  const ips = [...EMULATOR_IPS];
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) && !ips.includes(host)) ips.push(host);
  return { IPList: ips };
});
