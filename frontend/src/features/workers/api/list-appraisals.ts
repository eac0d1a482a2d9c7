import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type Appraisal = components['schemas']['Appraisal'];

export function appraisalsQueryOptions(client: ApiClient, workerId: string, from: string, to: string) {
  return queryOptions({
    queryKey: ['appraisals', workerId, from, to],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/appraisals', {
          params: { query: { workerId, from, to, size: 200 } },
        }),
      ),
  });
}

/** GET /api/v1/appraisals for one worker: their appraisals in [from, to], newest first. */
export function useAppraisals(workerId: string, from: string, to: string) {
  const client = useApiClient();
  return useQuery(appraisalsQueryOptions(client, workerId, from, to));
}
