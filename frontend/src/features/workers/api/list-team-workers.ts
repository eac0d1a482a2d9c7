import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type WorkerSummary = components['schemas']['WorkerSummary'];

export function teamWorkersQueryOptions(client: ApiClient, teamId: string, activeOn: string) {
  return queryOptions({
    queryKey: ['workers', teamId, activeOn],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/workers', {
          // a team is far smaller than a page of 200; the API refuses a team outside the caller's scope
          params: { query: { teamId, activeOn, size: 200 } },
        }),
      ),
  });
}

/** GET /api/v1/workers for one team: the workers in it on the date, by family name. */
export function useTeamWorkers(teamId: string | undefined, activeOn: string) {
  const client = useApiClient();
  return useQuery({ ...teamWorkersQueryOptions(client, teamId ?? '', activeOn), enabled: teamId !== undefined });
}
