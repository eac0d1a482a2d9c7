import { useMutation } from '@tanstack/react-query';
import { toApiError } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type ReportCommentary = components['schemas']['ReportCommentary'];
export type MeasureId = components['schemas']['MeasureId'];

export interface CommentaryKey {
  nodeId: string;
  month: string;
  measureId: MeasureId;
}

/**
 * GET /api/v1/report-commentaries/{nodeId}/{month}/{measureId}: the commentary as it is now,
 * with the ETag a change must name. Read on demand (after a conflict), so it is a mutation
 * rather than a cached query: the point is to see the latest, never a cached copy.
 */
export function useReadReportCommentary() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({ nodeId, month, measureId }: CommentaryKey) => {
      const { data, error, response } = await client.GET('/api/v1/report-commentaries/{nodeId}/{month}/{measureId}', {
        params: { path: { nodeId, month, measureId } },
      });
      if (!response.ok || !data) throw toApiError(error, response);
      return { commentary: data, etag: response.headers.get('ETag') ?? `"${data.version}"` };
    },
  });
}
