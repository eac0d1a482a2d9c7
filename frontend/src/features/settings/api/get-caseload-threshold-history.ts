import { useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { HISTORY_PAGE_SIZE } from '@/components/ui/record-history';

/** GET /api/v1/caseload-thresholds/{thresholdKey}/history: the caseload threshold's changes, newest first. */
export function useCaseloadThresholdHistory(key: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['caseload-threshold-history', key],
    queryFn: () =>
      unwrap(client.GET('/api/v1/caseload-thresholds/{thresholdKey}/history', { params: { path: { thresholdKey: key }, query: { size: HISTORY_PAGE_SIZE } } })),
    // shown beside the form that changes the record: always as it is now
    staleTime: 0,
    enabled,
  });
}
