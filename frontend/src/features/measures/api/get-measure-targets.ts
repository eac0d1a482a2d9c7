import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type MeasureTarget = components['schemas']['MeasureTarget'];

export function measureTargetsQueryOptions(client: ApiClient, nodeId?: string) {
  return queryOptions({
    queryKey: ['measure-targets', nodeId ?? 'council'],
    queryFn: () =>
      unwrap(client.GET('/api/v1/measure-targets', { params: { query: nodeId ? { nodeId } : {} } })),
  });
}

/** GET /api/v1/measure-targets: the target in force for each measure at a node. */
export function useMeasureTargets(nodeId?: string) {
  const client = useApiClient();
  return useQuery(measureTargetsQueryOptions(client, nodeId));
}
