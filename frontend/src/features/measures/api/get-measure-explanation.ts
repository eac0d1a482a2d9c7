import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type MeasureExplanationPage = components['schemas']['MeasureExplanationPage'];
export type ExplanationItem = components['schemas']['ExplanationItem'];
type MeasureId = components['schemas']['MeasureId'];

export const EXPLANATION_PAGE_SIZE = 50;

export function measureExplanationQueryOptions(
  client: ApiClient,
  nodeId: string,
  measureId: MeasureId,
  asAt: string | undefined,
  page: number,
) {
  return queryOptions({
    queryKey: ['measure-explanation', nodeId, measureId, asAt ?? 'today', page],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisation-nodes/{nodeId}/measures/{measureId}/explanation', {
          params: {
            path: { nodeId, measureId },
            query: { ...(asAt ? { asAt } : {}), page, size: EXPLANATION_PAGE_SIZE },
          },
        }),
      ),
  });
}

/** GET …/measures/{measureId}/explanation: the workers behind the figure, a page at a time. */
export function useMeasureExplanation(nodeId: string, measureId: MeasureId, asAt: string | undefined, page: number) {
  const client = useApiClient();
  return useQuery(measureExplanationQueryOptions(client, nodeId, measureId, asAt, page));
}
