import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';
import { versioned } from './versioned';

export type CaseloadThresholdRecord = components['schemas']['CaseloadThresholdRecord'];

/** GET /api/v1/caseload-thresholds/{thresholdKey}: the caseload threshold of a role, or of ASYE workers, with its ETag. */
export function useCaseloadThreshold(key: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['caseload-threshold', key],
    queryFn: () => versioned(client.GET('/api/v1/caseload-thresholds/{thresholdKey}', { params: { path: { thresholdKey: key } } })),
    // a change must start from the version as it is now, never a cached one
    staleTime: 0,
  });
}
