import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type WorkerDetail = components['schemas']['WorkerDetail'];
export type Assignment = components['schemas']['Assignment'];

export function workerQueryOptions(client: ApiClient, workerId: string) {
  return queryOptions({
    queryKey: ['worker', workerId],
    queryFn: () => unwrap(client.GET('/api/v1/workers/{workerId}', { params: { path: { workerId } } })),
  });
}

/** GET /api/v1/workers/{workerId}: the worker with every assignment, oldest first. */
export function useWorker(workerId: string) {
  const client = useApiClient();
  return useQuery(workerQueryOptions(client, workerId));
}
