import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type AgencyCostByMonth = components['schemas']['AgencyCostByMonth'];
export type MeasureSeries = components['schemas']['MeasureSeries'];

export function agencyCostByMonthQueryOptions(client: ApiClient, nodeId: string, from: string, to: string) {
  return queryOptions({
    queryKey: ['agency-cost-by-month', nodeId, from, to],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisation-nodes/{nodeId}/agency-cost-by-month', {
          params: { path: { nodeId }, query: { from, to } },
        }),
      ),
  });
}

/**
 * GET /api/v1/organisation-nodes/{nodeId}/agency-cost-by-month: what agencies charged each month in the node
 * and in each of its children, in one answer (each series the same as the node's own agencyCost series).
 */
export function useAgencyCostByMonth(nodeId: string, from: string, to: string) {
  const client = useApiClient();
  return useQuery(agencyCostByMonthQueryOptions(client, nodeId, from, to));
}
