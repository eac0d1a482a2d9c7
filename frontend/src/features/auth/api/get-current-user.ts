import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type CurrentUser = components['schemas']['CurrentUser'];

export function currentUserQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['current-user'],
    queryFn: () => unwrap(client.GET('/api/v1/me')),
  });
}

/** GET /api/v1/me: who is signed in and which nodes they are responsible for. */
export function useCurrentUser(enabled = true) {
  const client = useApiClient();
  return useQuery({ ...currentUserQueryOptions(client), enabled });
}
