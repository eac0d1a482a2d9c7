import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';
import { versioned } from './versioned';

export type CaseWeightRecord = components['schemas']['CaseWeightRecord'];

/** GET /api/v1/case-weights/{caseType}: the points a case of one type counts, with its ETag. */
export function useCaseWeight(key: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['case-weight', key],
    queryFn: () => versioned(client.GET('/api/v1/case-weights/{caseType}', { params: { path: { caseType: key } } })),
    // a change must start from the version as it is now, never a cached one
    staleTime: 0,
  });
}
