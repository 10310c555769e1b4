/** Operators queries and mutations (admin only; the proxy refuses everyone else with 403). */
import { queryOptions } from '@tanstack/react-query';
import {
  createdOperatorSchema,
  operatorListSchema,
  operatorSchema,
  type CreateOperatorRequest,
} from '../../../api/console-api';
import type { Role } from '../../../api/roles';
import { callConsoleApi } from '../../lib/api-client';

export const operatorQueries = {
  all: () => ['operators'] as const,
  list: () =>
    queryOptions({
      queryKey: [...operatorQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => callConsoleApi('/api/operators', operatorListSchema, { signal }),
    }),
};

export function createOperator(body: CreateOperatorRequest) {
  return callConsoleApi('/api/operators', createdOperatorSchema, { method: 'POST', body });
}

export function updateOperator(id: number, body: { role?: Role; disabled?: boolean; displayName?: string }) {
  return callConsoleApi(`/api/operators/${id}`, operatorSchema, { method: 'PATCH', body });
}

/** Resets a password; the proxy generates the new one and answers it once. */
export function resetOperatorPassword(id: number) {
  return callConsoleApi(`/api/operators/${id}/password`, createdOperatorSchema, { method: 'POST', body: {} });
}
