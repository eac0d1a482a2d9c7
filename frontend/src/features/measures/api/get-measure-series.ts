import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type MeasureSeries = components['schemas']['MeasureSeries'];
export type SeriesPoint = components['schemas']['SeriesPoint'];
export type Granularity = components['schemas']['Granularity'];
type MeasureId = components['schemas']['MeasureId'];

export interface SeriesRequest {
  nodeId: string;
  measureId: MeasureId;
  from: string;
  to: string;
  granularity: Granularity;
}

export function measureSeriesQueryOptions(client: ApiClient, request: SeriesRequest) {
  const { nodeId, measureId, from, to, granularity } = request;
  return queryOptions({
    queryKey: ['measure-series', nodeId, measureId, from, to, granularity],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisation-nodes/{nodeId}/measures/{measureId}/series', {
          params: { path: { nodeId, measureId }, query: { from, to, granularity } },
        }),
      ),
  });
}

/** GET …/measures/{measureId}/series: one measure for a node, period by period. */
export function useMeasureSeries(request: SeriesRequest) {
  const client = useApiClient();
  return useQuery({ ...measureSeriesQueryOptions(client, request), placeholderData: keepPreviousData });
}
