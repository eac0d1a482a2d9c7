import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type MeasureDefinition = components['schemas']['MeasureDefinition'];

export function measureDefinitionsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['measure-definitions'],
    queryFn: () => unwrap(client.GET('/api/v1/measures')),
    staleTime: Infinity,
  });
}

/** GET /api/v1/measures: each measure's name and plain-English definition. */
export function useMeasureDefinitions() {
  const client = useApiClient();
  return useQuery(measureDefinitionsQueryOptions(client));
}
