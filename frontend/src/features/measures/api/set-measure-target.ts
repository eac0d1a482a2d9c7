import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type MeasureTargetInput = components['schemas']['MeasureTargetInput'];
type MeasureId = components['schemas']['MeasureId'];

/**
 * The If-Match for a change to the target a node has: the version read with it
 * when the node has its own, "0" when it has none (inherited or unset), so that
 * a change someone else made meanwhile is refused (412) rather than overwritten.
 */
export function targetIfMatch(target: { inherited: boolean; version?: number } | undefined): string {
  return `"${target && !target.inherited ? (target.version ?? 0) : 0}"`;
}

/**
 * PUT /api/v1/measure-targets/{measureId}: sets the council-wide target, or a
 * node's override. Targets and every RAG status are read again afterwards.
 */
export function useSetMeasureTarget() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      measureId,
      nodeId,
      input,
      ifMatch,
    }: {
      measureId: MeasureId;
      nodeId?: string;
      input: MeasureTargetInput;
      ifMatch: string;
    }) =>
      unwrap(
        client.PUT('/api/v1/measure-targets/{measureId}', {
          params: { path: { measureId }, query: nodeId ? { nodeId } : {}, header: { 'If-Match': ifMatch } },
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
