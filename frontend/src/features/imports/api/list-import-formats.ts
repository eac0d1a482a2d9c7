import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type ImportFormat = components['schemas']['ImportFormat'];
export type ImportColumn = components['schemas']['ImportColumn'];
export type ImportDataSet = components['schemas']['ImportDataSet'];

export function importFormatsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['import-formats'],
    queryFn: () => unwrap(client.GET('/api/v1/import-formats')),
    // the formats change only with a release
    staleTime: Infinity,
  });
}

/** GET /api/v1/import-formats: the columns of every data set's CSV file. */
export function useImportFormats() {
  const client = useApiClient();
  return useQuery(importFormatsQueryOptions(client));
}
