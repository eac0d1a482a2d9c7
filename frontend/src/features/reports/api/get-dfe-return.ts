import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type DfeReturn = components['schemas']['DfeReturn'];

/** GET /api/v1/reports/dfe-return: the council's row of the DfE census return for a year. */
export function useDfeReturn(censusYear: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['dfe-return', censusYear],
    queryFn: () => unwrap(client.GET('/api/v1/reports/dfe-return', { params: { query: { censusYear } } })),
    placeholderData: keepPreviousData,
  });
}
