import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type BradfordFactorPage = components['schemas']['BradfordFactorPage'];

export const BRADFORD_PAGE_SIZE = 25;

export function bradfordFactorsQueryOptions(client: ApiClient, nodeId: string, asAt: string, page: number) {
  return queryOptions({
    queryKey: ['bradford-factors', nodeId, asAt, page],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisation-nodes/{nodeId}/bradford-factors', {
          params: { path: { nodeId }, query: { asAt, page, size: BRADFORD_PAGE_SIZE } },
        }),
      ),
  });
}

/** GET …/{nodeId}/bradford-factors: each worker's Bradford factor, highest first (health data). */
export function useBradfordFactors(nodeId: string, asAt: string, page: number) {
  const client = useApiClient();
  return useQuery({ ...bradfordFactorsQueryOptions(client, nodeId, asAt, page), placeholderData: keepPreviousData });
}
