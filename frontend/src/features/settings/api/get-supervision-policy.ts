import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';
import { versioned } from './versioned';

export type SupervisionPolicyRecord = components['schemas']['SupervisionPolicyRecord'];

/** GET /api/v1/supervision-policies/{policyKey}: the supervision rule of a role, an ASYE stage or everyone else, with its ETag. */
export function useSupervisionPolicy(key: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['supervision-policy', key],
    queryFn: () => versioned(client.GET('/api/v1/supervision-policies/{policyKey}', { params: { path: { policyKey: key } } })),
    // a change must start from the version as it is now, never a cached one
    staleTime: 0,
  });
}
