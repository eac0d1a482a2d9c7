import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type AgencyAssignment = components['schemas']['AgencyAssignment'];
export type AgencyRuleFlag = components['schemas']['AgencyRuleFlag'];
export type AgencyJobType = components['schemas']['AgencyJobType'];

export const AGENCY_PAGE_SIZE = 50;

export function agencyAssignmentsQueryOptions(client: ApiClient, nodeId: string, activeOn: string, page: number) {
  return queryOptions({
    queryKey: ['agency-assignments', nodeId, activeOn, page],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/agency-assignments', {
          params: { query: { nodeId, activeOn, page, size: AGENCY_PAGE_SIZE } },
        }),
      ),
  });
}

/** GET /api/v1/agency-assignments: agency workers in a node on a date, with the DfE rules they break. */
export function useAgencyAssignments(nodeId: string, activeOn: string, page: number) {
  const client = useApiClient();
  return useQuery({ ...agencyAssignmentsQueryOptions(client, nodeId, activeOn, page), placeholderData: keepPreviousData });
}
