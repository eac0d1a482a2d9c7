import { useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type Role = components['schemas']['Role'];

/** GET /api/v1/roles: every role, in display order, for naming them. */
export function useRoles() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['roles'],
    queryFn: () => unwrap(client.GET('/api/v1/roles')),
    staleTime: 60 * 60 * 1000,
  });
}
