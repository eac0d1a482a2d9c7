import { HISTORY_QUERY, useRecordHistory } from '@/hooks/use-record-history';

/** GET /api/v1/appraisals/{appraisalId}/history: the appraisal’s changes, newest first. */
export function useAppraisalHistory(appraisalId: string, enabled = true) {
  return useRecordHistory(
    ['appraisal-history', appraisalId],
    (client) => client.GET('/api/v1/appraisals/{appraisalId}/history', { params: { path: { appraisalId }, query: HISTORY_QUERY } }),
    enabled,
  );
}
