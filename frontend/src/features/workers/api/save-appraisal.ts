import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type AppraisalInput = components['schemas']['AppraisalInput'];

/**
 * POST /api/v1/appraisals, or with an appraisal id and its ETag
 * PUT /api/v1/appraisals/{appraisalId} with If-Match (a stale ETag is 412).
 */
export function useSaveAppraisal() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, appraisalId, etag }: { input: AppraisalInput; appraisalId?: string; etag?: string }) =>
      appraisalId
        ? unwrap(
            client.PUT('/api/v1/appraisals/{appraisalId}', {
              params: { path: { appraisalId }, header: { 'If-Match': etag ?? '' } },
              body: input,
            }),
          )
        : unwrap(client.POST('/api/v1/appraisals', { body: input })),
    // Dropped rather than marked stale: the worker page opened next shows the records as
    // loading and then with the change, never the list from before it next to "recorded".
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['appraisals'] });
      queryClient.removeQueries({ queryKey: ['appraisal'] });
      queryClient.removeQueries({ queryKey: ['appraisal-history'] });
      queryClient.removeQueries({ queryKey: ['worker-compliance'] });
    },
  });
}
