import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type WorkerCaseloadHistory = components['schemas']['WorkerCaseloadHistory'];
export type CaseloadPoint = components['schemas']['CaseloadPoint'];

export function caseloadHistoryQueryOptions(client: ApiClient, workerId: string, from: string, to: string) {
  return queryOptions({
    queryKey: ['caseload-history', workerId, from, to],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/workers/{workerId}/caseload-history', {
          params: { path: { workerId }, query: { from, to } },
        }),
      ),
  });
}

/** GET /api/v1/workers/{workerId}/caseload-history: the worker's counts in [from, to], oldest first. */
export function useCaseloadHistory(workerId: string, from: string, to: string) {
  const client = useApiClient();
  return useQuery(caseloadHistoryQueryOptions(client, workerId, from, to));
}
