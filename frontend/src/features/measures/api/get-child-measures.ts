import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type ChildMeasures = components['schemas']['ChildMeasures'];
type MeasureId = components['schemas']['MeasureId'];

export function childMeasuresQueryOptions(client: ApiClient, nodeId: string, measureId: MeasureId, asAt?: string) {
  return queryOptions({
    queryKey: ['child-measures', nodeId, measureId, asAt ?? 'today'],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisation-nodes/{nodeId}/child-measures', {
          params: { path: { nodeId }, query: { ...(asAt ? { asAt } : {}), measure: [measureId] } },
        }),
      ),
  });
}

/** GET /api/v1/organisation-nodes/{nodeId}/child-measures for one measure: the node and each child. */
export function useChildMeasures(nodeId: string, measureId: MeasureId, asAt?: string) {
  const client = useApiClient();
  return useQuery(childMeasuresQueryOptions(client, nodeId, measureId, asAt));
}
