import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type OrganisationNode = components['schemas']['OrganisationNode'];

export function organisationTreeQueryOptions(client: ApiClient, asAt?: string) {
  return queryOptions({
    queryKey: ['organisation-tree', asAt ?? 'today'],
    queryFn: () =>
      unwrap(client.GET('/api/v1/organisation-tree', { params: { query: asAt ? { asAt } : {} } })),
  });
}

/** GET /api/v1/organisation-tree: the council, its services and teams. */
export function useOrganisationTree(asAt?: string) {
  const client = useApiClient();
  return useQuery(organisationTreeQueryOptions(client, asAt));
}
