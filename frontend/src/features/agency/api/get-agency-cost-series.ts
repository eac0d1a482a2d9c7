import { queryOptions, useQueries } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type MeasureSeries = components['schemas']['MeasureSeries'];

export function agencyCostSeriesQueryOptions(client: ApiClient, nodeId: string, from: string, to: string) {
  return queryOptions({
    queryKey: ['measure-series', nodeId, 'agencyCost', from, to, 'month'],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisation-nodes/{nodeId}/measures/{measureId}/series', {
          params: { path: { nodeId, measureId: 'agencyCost' }, query: { from, to, granularity: 'month' } },
        }),
      ),
  });
}

/**
 * GET …/measures/agencyCost/series by month, once per node: the cost of agency workers in each team
 * (or service) month by month, each series computed by the API from that node's own timesheets.
 */
export function useAgencyCostSeries(nodeIds: string[], from: string, to: string) {
  const client = useApiClient();
  return useQueries({ queries: nodeIds.map((nodeId) => agencyCostSeriesQueryOptions(client, nodeId, from, to)) });
}
