import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type MeasureDefinition = components['schemas']['MeasureDefinition'];
export type MeasureId = components['schemas']['MeasureId'];

export function measureDefinitionsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['measure-definitions'],
    queryFn: () => unwrap(client.GET('/api/v1/measures')),
    // The catalogue changes only with a new release.
    staleTime: Infinity,
  });
}

/**
 * GET /api/v1/measures: every measure's name, unit, kind and definition. Shared (not in a feature) because
 * the measures pages and the absence page both name measures, and features do not import each other.
 */
export function useMeasureDefinitions() {
  const client = useApiClient();
  return useQuery(measureDefinitionsQueryOptions(client));
}
