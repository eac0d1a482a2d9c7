import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type DfeReturnWorker = components['schemas']['DfeReturnWorker'];

export const DFE_WORKERS_PAGE_SIZE = 50;

/** GET /api/v1/reports/dfe-return/workers: the workers the return counts, a page at a time. */
export function useDfeReturnWorkers(censusYear: number, page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['dfe-return-workers', censusYear, page],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/reports/dfe-return/workers', {
          params: { query: { censusYear, page, size: DFE_WORKERS_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
