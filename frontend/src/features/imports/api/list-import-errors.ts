import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type ImportRowError = components['schemas']['ImportRowError'];

export const ROW_ERRORS_PAGE_SIZE = 50;

export function importErrorsQueryOptions(client: ApiClient, importId: string, page: number) {
  return queryOptions({
    queryKey: ['imports', 'errors', importId, page],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/imports/{importId}/errors', {
          params: { path: { importId }, query: { page, size: ROW_ERRORS_PAGE_SIZE } },
        }),
      ),
    // an import's errors never change
    staleTime: Infinity,
  });
}

/** GET /api/v1/imports/{importId}/errors: every bad row, a page at a time, by line. */
export function useImportErrors(importId: string, page: number) {
  const client = useApiClient();
  return useQuery({ ...importErrorsQueryOptions(client, importId, page), placeholderData: keepPreviousData });
}
