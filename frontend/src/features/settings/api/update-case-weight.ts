import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';
import { STALE_AFTER_POLICY_CHANGE, versioned } from './versioned';

export type CaseWeightInput = components['schemas']['CaseWeightInput'];

/** PUT /api/v1/case-weights/{caseType} with If-Match: changes the points a case of one type counts; a stale ETag is refused (412). */
export function useUpdateCaseWeight() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, etag, input }: { key: string; etag: string; input: CaseWeightInput }) =>
      versioned(client.PUT('/api/v1/case-weights/{caseType}', { params: { path: { caseType: key }, header: { 'If-Match': etag } }, body: input })),
    onSuccess: (saved, { key }) => {
      queryClient.setQueryData(['case-weight', key], saved);
      return Promise.all(STALE_AFTER_POLICY_CHANGE.map((stale) => queryClient.invalidateQueries({ queryKey: [stale] })));
    },
  });
}
