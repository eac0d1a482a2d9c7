import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';
import { invalidateTargets } from './set-measure-target';

type MeasureId = components['schemas']['MeasureId'];

/** DELETE /api/v1/measure-targets/{measureId}: the node then uses its nearest ancestor's target. */
export function useDeleteMeasureTarget() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ measureId, nodeId, ifMatch }: { measureId: MeasureId; nodeId?: string; ifMatch: string }) =>
      unwrap(
        client.DELETE('/api/v1/measure-targets/{measureId}', {
          params: { path: { measureId }, query: nodeId ? { nodeId } : {}, header: { 'If-Match': ifMatch } },
        }),
      ),
    onSuccess: () => invalidateTargets(queryClient),
  });
}
