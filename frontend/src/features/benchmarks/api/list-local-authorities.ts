import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type LocalAuthority = components['schemas']['LocalAuthority'];

export function localAuthoritiesQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['local-authorities'],
    queryFn: () => unwrap(client.GET('/api/v1/local-authorities')),
    staleTime: Infinity,
  });
}

/** GET /api/v1/local-authorities: every local authority in the DfE file, to choose comparators from. */
export function useLocalAuthorities() {
  const client = useApiClient();
  return useQuery(localAuthoritiesQueryOptions(client));
}
