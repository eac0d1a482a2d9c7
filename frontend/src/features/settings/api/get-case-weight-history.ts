import { HISTORY_QUERY, useRecordHistory } from '@/hooks/use-record-history';

/** GET /api/v1/case-weights/{caseType}/history: the case weight’s changes, newest first. */
export function useCaseWeightHistory(caseType: string, enabled = true) {
  return useRecordHistory(
    ['case-weight-history', caseType],
    (client) => client.GET('/api/v1/case-weights/{caseType}/history', { params: { path: { caseType }, query: HISTORY_QUERY } }),
    enabled,
  );
}
