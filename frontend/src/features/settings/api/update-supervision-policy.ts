import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';
import { STALE_AFTER_POLICY_CHANGE, versioned } from './versioned';

export type SupervisionPolicyInput = components['schemas']['SupervisionPolicyInput'];

/** PUT /api/v1/supervision-policies/{policyKey} with If-Match: changes the supervision rule of a role, an ASYE stage or everyone else; a stale ETag is refused (412). */
export function useUpdateSupervisionPolicy() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, etag, input }: { key: string; etag: string; input: SupervisionPolicyInput }) =>
      versioned(client.PUT('/api/v1/supervision-policies/{policyKey}', { params: { path: { policyKey: key }, header: { 'If-Match': etag } }, body: input })),
    onSuccess: (saved, { key }) => {
      queryClient.setQueryData(['supervision-policy', key], saved);
      return Promise.all(STALE_AFTER_POLICY_CHANGE.map((stale) => queryClient.invalidateQueries({ queryKey: [stale] })));
    },
  });
}
