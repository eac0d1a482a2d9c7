import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type MeasureTargetInput = components['schemas']['MeasureTargetInput'];
type MeasureId = components['schemas']['MeasureId'];

/**
 * PUT /api/v1/measure-targets/{measureId}: sets the council-wide target, or a
 * node's override. Targets and every RAG status are read again afterwards.
 */
export function useSetMeasureTarget() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ measureId, nodeId, input }: { measureId: MeasureId; nodeId?: string; input: MeasureTargetInput }) =>
      unwrap(
        client.PUT('/api/v1/measure-targets/{measureId}', {
          params: { path: { measureId }, query: nodeId ? { nodeId } : {} },
          body: input,
        }),
      ),
    onSuccess: () => invalidateTargets(queryClient),
  });
}

export function invalidateTargets(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all(
    ['measure-targets', 'node-measures', 'child-measures', 'measure-series'].map((key) =>
      queryClient.invalidateQueries({ queryKey: [key] }),
    ),
  );
}
