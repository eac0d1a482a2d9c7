import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';
import { STALE_AFTER_POLICY_CHANGE, versioned } from './versioned';

export type CaseloadThresholdInput = components['schemas']['CaseloadThresholdInput'];

/** PUT /api/v1/caseload-thresholds/{thresholdKey} with If-Match: changes the caseload threshold of a role, or of ASYE workers; a stale ETag is refused (412). */
export function useUpdateCaseloadThreshold() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, etag, input }: { key: string; etag: string; input: CaseloadThresholdInput }) =>
      versioned(client.PUT('/api/v1/caseload-thresholds/{thresholdKey}', { params: { path: { thresholdKey: key }, header: { 'If-Match': etag } }, body: input })),
    onSuccess: (saved, { key }) => {
      queryClient.setQueryData(['caseload-threshold', key], saved);
      return Promise.all(STALE_AFTER_POLICY_CHANGE.map((stale) => queryClient.invalidateQueries({ queryKey: [stale] })));
    },
  });
}
