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
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['appraisals'] });
      void queryClient.invalidateQueries({ queryKey: ['appraisal'] });
      void queryClient.invalidateQueries({ queryKey: ['worker-compliance'] });
    },
  });
}
