import { HISTORY_QUERY, useRecordHistory } from '@/hooks/use-record-history';

/** GET /api/v1/supervision-sessions/{sessionId}/history: the session’s changes, newest first. */
export function useSupervisionSessionHistory(sessionId: string, enabled = true) {
  return useRecordHistory(
    ['supervision-session-history', sessionId],
    (client) => client.GET('/api/v1/supervision-sessions/{sessionId}/history', { params: { path: { sessionId }, query: HISTORY_QUERY } }),
    enabled,
  );
}
