import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type BenchmarkReport = components['schemas']['BenchmarkReport'];
export type BenchmarkRow = components['schemas']['BenchmarkRow'];
export type DfeIndicators = components['schemas']['DfeIndicators'];

export function benchmarksQueryOptions(client: ApiClient, censusYear: number) {
  return queryOptions({
    queryKey: ['benchmarks', censusYear],
    queryFn: () => unwrap(client.GET('/api/v1/benchmarks', { params: { query: { censusYear } } })),
  });
}

/** GET /api/v1/benchmarks: the council beside England, its region and its comparators for a census year. */
export function useBenchmarks(censusYear: number) {
  const client = useApiClient();
  return useQuery(benchmarksQueryOptions(client, censusYear));
}
