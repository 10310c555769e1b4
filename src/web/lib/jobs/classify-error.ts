/**
 * How a job reads an error thrown by one batch: whether a retry may help (a frequency limit, a transient
 * fault) or not, and the IM code and words to record on each of the batch's items when it finally fails.
 */
import { explainImError } from '../../../api/errors';
import { ContractError, ImApiError, ProxyRequestError } from '../api-client';

/** Classification of a thrown error: should the batch be retried, and what to say if it finally fails. */
export interface ErrorVerdict {
  retry: 'rate' | 'transient' | 'no';
  code?: number;
  reason: string;
}

/** Explains an error `callIm` (or anything else) threw, and whether a retry may help. */
export function classifyError(error: unknown): ErrorVerdict {
  if (error instanceof ImApiError) {
    const info = explainImError(error.code);
    const reason = error.errorInfo ? `${info.meaning.en} (${error.errorInfo})` : info.meaning.en;
    return { retry: info.rateLimit ? 'rate' : info.transient ? 'transient' : 'no', code: error.code, reason };
  }
  if (error instanceof ProxyRequestError) {
    const transient =
      error.kind === 'network' || error.status === 502 || error.status === 503 || error.status === 504;
    const fields = error.issues.map((i) => `${i.path} ${i.message}`).join('; ');
    return {
      retry: error.status === 429 ? 'rate' : transient ? 'transient' : 'no',
      reason: fields ? `${error.message}: ${fields}` : error.message,
    };
  }
  if (error instanceof ContractError) return { retry: 'no', reason: error.message };
  return { retry: 'no', reason: error instanceof Error ? error.message : String(error) };
}
