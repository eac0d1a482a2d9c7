import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type SupervisionSession = components['schemas']['SupervisionSession'];

export function supervisionSessionsQueryOptions(client: ApiClient, workerId: string, from: string, to: string) {
  return queryOptions({
    queryKey: ['supervision-sessions', workerId, from, to],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/supervision-sessions', {
          params: { query: { workerId, from, to, size: 200 } },
        }),
      ),
  });
}

/** GET /api/v1/supervision-sessions for one worker: their sessions in [from, to], newest first. */
export function useSupervisionSessions(workerId: string, from: string, to: string) {
  const client = useApiClient();
  return useQuery(supervisionSessionsQueryOptions(client, workerId, from, to));
}
