import { toApiError } from '@/lib/api-client';

/** A kept record as read or saved, with the ETag the next change must send in If-Match. */
export interface Versioned<T> {
  record: T;
  etag: string;
}

/** Unwraps an answer that carries an ETag: the record and its ETag, or the API's error. */
export async function versioned<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Versioned<T>> {
  const { data, error, response } = await pending;
  if (!response.ok || data === undefined) throw toApiError(error, response);
  const etag = response.headers.get('ETag');
  if (!etag) throw new Error('The answer had no ETag');
  return { record: data, etag };
}

/** Query keys every policy change makes stale: the configuration, every figure computed with it, and the histories. */
export const STALE_AFTER_POLICY_CHANGE = [
  'measure-configuration',
  'node-measures',
  'child-measures',
  'measure-series',
  'caseload-summary',
  'weekly-report',
  'monthly-report',
  // the change is the newest line of its record's history
  'caseload-threshold-history',
  'measure-setting-history',
  'supervision-policy-history',
  'case-weight-history',
];
