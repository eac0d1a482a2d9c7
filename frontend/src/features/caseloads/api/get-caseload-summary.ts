import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type CaseloadSummaryReport = components['schemas']['CaseloadSummaryReport'];

export function caseloadSummaryQueryOptions(client: ApiClient, nodeId: string, asAt?: string) {
  return queryOptions({
    queryKey: ['caseload-summary', nodeId, asAt ?? 'today'],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisation-nodes/{nodeId}/caseload-summary', {
          params: { path: { nodeId }, query: asAt ? { asAt } : {} },
        }),
      ),
  });
}

/** GET /api/v1/organisation-nodes/{nodeId}/caseload-summary: the team's totals. */
export function useCaseloadSummary(nodeId: string, asAt?: string) {
  const client = useApiClient();
  return useQuery(caseloadSummaryQueryOptions(client, nodeId, asAt));
}
