import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type ExplanationItem = components['schemas']['ExplanationItem'];

export const LONG_TERM_PAGE_SIZE = 25;

export function longTermAbsencesQueryOptions(client: ApiClient, nodeId: string, asAt: string, page: number) {
  return queryOptions({
    queryKey: ['measure-explanation', nodeId, 'longTermSicknessDaysPerFte', asAt, page, LONG_TERM_PAGE_SIZE],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisation-nodes/{nodeId}/measures/{measureId}/explanation', {
          params: {
            path: { nodeId, measureId: 'longTermSicknessDaysPerFte' },
            query: { asAt, page, size: LONG_TERM_PAGE_SIZE },
          },
        }),
      ),
  });
}

/** GET …/measures/longTermSicknessDaysPerFte/explanation: the long-term absences behind the figure. */
export function useLongTermAbsences(nodeId: string, asAt: string, page: number) {
  const client = useApiClient();
  return useQuery({ ...longTermAbsencesQueryOptions(client, nodeId, asAt, page), placeholderData: keepPreviousData });
}
