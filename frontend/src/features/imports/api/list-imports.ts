import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type ImportRunPage = components['schemas']['ImportRunPage'];

export const IMPORT_HISTORY_PAGE_SIZE = 20;

export function importsQueryOptions(client: ApiClient, page: number) {
  return queryOptions({
    queryKey: ['imports', 'list', page],
    queryFn: () =>
      unwrap(client.GET('/api/v1/imports', { params: { query: { page, size: IMPORT_HISTORY_PAGE_SIZE } } })),
  });
}

/** GET /api/v1/imports: the import history, latest first. */
export function useImports(page: number) {
  const client = useApiClient();
  return useQuery({ ...importsQueryOptions(client, page), placeholderData: keepPreviousData });
}
