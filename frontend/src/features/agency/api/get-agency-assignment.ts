import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';

export function agencyAssignmentQueryOptions(client: ApiClient, assignmentId: string) {
  return queryOptions({
    queryKey: ['agency-assignment', assignmentId],
    queryFn: () =>
      unwrap(client.GET('/api/v1/agency-assignments/{assignmentId}', { params: { path: { assignmentId } } })),
  });
}

/** GET /api/v1/agency-assignments/{assignmentId}: one agency worker's assignment and terms. */
export function useAgencyAssignment(assignmentId: string) {
  const client = useApiClient();
  return useQuery(agencyAssignmentQueryOptions(client, assignmentId));
}
