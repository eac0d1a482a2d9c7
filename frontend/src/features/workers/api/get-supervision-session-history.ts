import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { HISTORY_PAGE_SIZE } from '@/components/ui/record-history';

export function supervisionSessionHistoryQueryOptions(client: ApiClient, sessionId: string) {
  return queryOptions({
    queryKey: ['supervision-session-history', sessionId],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/supervision-sessions/{sessionId}/history', {
          params: { path: { sessionId }, query: { size: HISTORY_PAGE_SIZE } },
        }),
      ),
    // shown beside the form that changes the record: always as it is now
    staleTime: 0,
  });
}

/** GET /api/v1/supervision-sessions/{sessionId}/history: the session's changes, newest first. */
export function useSupervisionSessionHistory(sessionId: string, enabled = true) {
  const client = useApiClient();
  return useQuery({ ...supervisionSessionHistoryQueryOptions(client, sessionId), enabled });
}
