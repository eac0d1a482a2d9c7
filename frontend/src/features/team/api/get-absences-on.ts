import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type Absence = components['schemas']['Absence'];

export function absencesOnQueryOptions(client: ApiClient, nodeId: string, date: string) {
  return queryOptions({
    queryKey: ['absences-on', nodeId, date],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/absences', {
          params: { query: { nodeId, from: date, to: date, size: 200 } },
        }),
      ),
  });
}

/** GET /api/v1/absences for one day: who in the team is absent on it (health detail only if the role may see it). */
export function useAbsencesOn(nodeId: string, date: string) {
  const client = useApiClient();
  return useQuery(absencesOnQueryOptions(client, nodeId, date));
}
