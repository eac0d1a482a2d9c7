import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';

export function importQueryOptions(client: ApiClient, importId: string) {
  return queryOptions({
    queryKey: ['imports', 'one', importId],
    queryFn: () => unwrap(client.GET('/api/v1/imports/{importId}', { params: { path: { importId } } })),
  });
}

/** GET /api/v1/imports/{importId}: one import record. */
export function useImport(importId: string) {
  const client = useApiClient();
  return useQuery(importQueryOptions(client, importId));
}
