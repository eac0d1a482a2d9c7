import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type WorkerCompliance = components['schemas']['WorkerCompliance'];
export type WorkerCompliancePage = components['schemas']['WorkerCompliancePage'];
export type ComplianceStatus = components['schemas']['ComplianceStatus'];

export function workerComplianceQueryOptions(client: ApiClient, nodeId: string, asAt?: string) {
  return queryOptions({
    queryKey: ['worker-compliance', nodeId, asAt ?? 'today'],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisation-nodes/{nodeId}/worker-compliance', {
          // a team fits in the largest page
          params: { path: { nodeId }, query: { ...(asAt ? { asAt } : {}), size: 200 } },
        }),
      ),
  });
}

/** GET /api/v1/organisation-nodes/{nodeId}/worker-compliance: supervision and appraisal, most urgent first. */
export function useWorkerCompliance(nodeId: string, asAt?: string) {
  const client = useApiClient();
  return useQuery(workerComplianceQueryOptions(client, nodeId, asAt));
}
