/** `ConfigSvc/GetIPList`: IM server and webhook egress IPs for allow-lists (../shared/im-api/13-operations.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { envelopeShape } from '../../envelope';

/** Request: an empty object. The newer `nettype` filter (0–6) is a query-string parameter, not a body field. */
export const getIPListRequestSchema = z.object({});

/** `nettype` values of the newer docs: which address list to return. */
export const ipListNetTypes = {
  0: 'All server IPs',
  1: 'Native SDK access, Chinese mainland and Hong Kong',
  2: 'Native SDK access, outside China',
  3: 'Web SDK access, Chinese mainland and Hong Kong',
  4: 'Web SDK access, outside China',
  5: 'Webhook egress, Chinese mainland and Hong Kong',
  6: 'Webhook egress, outside China',
} as const;

/** Response: single IPs and CIDR blocks; the documented answer has no `ErrorInfo`. */
export const getIPListResponseSchema = z.looseObject({
  ...envelopeShape,
  ErrorInfo: envelopeShape.ErrorInfo.optional(),
  IPList: z.array(z.string()),
});

/** List the IP addresses and ranges of IM's access servers and webhook egress. */
export const endpoint = defineEndpoint({
  service: 'ConfigSvc',
  command: 'GetIPList',
  summary: 'List IM server IP addresses',
  doc: '13-operations.md',
  access: 'read',
  request: getIPListRequestSchema,
  response: getIPListResponseSchema,
  rate: DEFAULT_RATE,
});

export type GetIPListRequest = z.infer<typeof getIPListRequestSchema>;
export type GetIPListResponse = z.infer<typeof getIPListResponseSchema>;
