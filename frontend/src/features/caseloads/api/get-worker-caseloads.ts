import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type WorkerCaseload = components['schemas']['WorkerCaseload'];
export type WorkerCaseloadPage = components['schemas']['WorkerCaseloadPage'];

/** The largest page the API gives: a team fits in one. */
export const WORKER_PAGE_SIZE = 200;

export function workerCaseloadsQueryOptions(client: ApiClient, nodeId: string, asAt?: string, page = 0) {
  return queryOptions({
    queryKey: ['worker-caseloads', nodeId, asAt ?? 'today', page],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisation-nodes/{nodeId}/worker-caseloads', {
          params: {
            path: { nodeId },
            query: { ...(asAt ? { asAt } : {}), page, size: WORKER_PAGE_SIZE },
          },
        }),
      ),
  });
}

/** GET /api/v1/organisation-nodes/{nodeId}/worker-caseloads: each worker against their threshold. */
export function useWorkerCaseloads(nodeId: string, asAt?: string, page = 0) {
  const client = useApiClient();
  return useQuery(workerCaseloadsQueryOptions(client, nodeId, asAt, page));
}
