import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type ComparatorGroup = components['schemas']['ComparatorGroup'];

export function benchmarkComparatorsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['benchmark-comparators'],
    queryFn: () => unwrap(client.GET('/api/v1/benchmark-comparators')),
  });
}

/** GET /api/v1/benchmark-comparators: the local authorities the council compares itself with. */
export function useBenchmarkComparators() {
  const client = useApiClient();
  return useQuery(benchmarkComparatorsQueryOptions(client));
}
