import { HISTORY_QUERY, useRecordHistory } from '@/hooks/use-record-history';

/** GET /api/v1/measure-target-records/{targetId}/history: the stored target's changes, newest first. */
export function useMeasureTargetRecordHistory(targetId: string, enabled = true) {
  return useRecordHistory(
    ['measure-target-record-history', targetId],
    (client) =>
      client.GET('/api/v1/measure-target-records/{targetId}/history', {
        params: { path: { targetId }, query: HISTORY_QUERY },
      }),
    enabled,
  );
}
