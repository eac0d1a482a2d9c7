import { HISTORY_QUERY, useRecordHistory } from '@/hooks/use-record-history';

/** GET /api/v1/caseload-thresholds/{thresholdKey}/history: the caseload threshold’s changes, newest first. */
export function useCaseloadThresholdHistory(thresholdKey: string, enabled = true) {
  return useRecordHistory(
    ['caseload-threshold-history', thresholdKey],
    (client) => client.GET('/api/v1/caseload-thresholds/{thresholdKey}/history', { params: { path: { thresholdKey }, query: HISTORY_QUERY } }),
    enabled,
  );
}
