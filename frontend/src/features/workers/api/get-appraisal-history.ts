import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { HISTORY_PAGE_SIZE } from '@/components/ui/record-history';

export function appraisalHistoryQueryOptions(client: ApiClient, appraisalId: string) {
  return queryOptions({
    queryKey: ['appraisal-history', appraisalId],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/appraisals/{appraisalId}/history', {
          params: { path: { appraisalId }, query: { size: HISTORY_PAGE_SIZE } },
        }),
      ),
    // shown beside the form that changes the record: always as it is now
    staleTime: 0,
  });
}

/** GET /api/v1/appraisals/{appraisalId}/history: the appraisal’s changes, newest first. */
export function useAppraisalHistory(appraisalId: string, enabled = true) {
  const client = useApiClient();
  return useQuery({ ...appraisalHistoryQueryOptions(client, appraisalId), enabled });
}
