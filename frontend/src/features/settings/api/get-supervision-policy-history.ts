import { useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { HISTORY_PAGE_SIZE } from '@/components/ui/record-history';

/** GET /api/v1/supervision-policies/{policyKey}/history: the supervision rule's changes, newest first. */
export function useSupervisionPolicyHistory(key: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['supervision-policy-history', key],
    queryFn: () =>
      unwrap(client.GET('/api/v1/supervision-policies/{policyKey}/history', { params: { path: { policyKey: key }, query: { size: HISTORY_PAGE_SIZE } } })),
    // shown beside the form that changes the record: always as it is now
    staleTime: 0,
    enabled,
  });
}
