import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toApiError } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { CommentaryKey } from './get-report-commentary';

/**
 * PUT /api/v1/report-commentaries/{nodeId}/{month}/{measureId} with If-Match: the ETag of the
 * commentary as last read, so that two leads writing at once cannot overwrite each other (412).
 */
export function useSetReportCommentary() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ nodeId, month, measureId, text, etag }: CommentaryKey & { text: string; etag: string }) => {
      const { data, error, response } = await client.PUT('/api/v1/report-commentaries/{nodeId}/{month}/{measureId}', {
        params: { path: { nodeId, month, measureId }, header: { 'If-Match': etag } },
        body: { text },
      });
      if (!response.ok || !data) throw toApiError(error, response);
      return { commentary: data, etag: response.headers.get('ETag') ?? `"${data.version}"` };
    },
    // the report shows the commentary too; read it again in the background so a reload agrees
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['monthly-report'], refetchType: 'none' }),
  });
}
