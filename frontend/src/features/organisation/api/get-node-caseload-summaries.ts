import { useQueries } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type CaseloadSummaryReport = components['schemas']['CaseloadSummaryReport'];
export type CaseloadFigures = components['schemas']['CaseloadFigures'];

export interface NodeCaseloadSummaries {
  /** One report per node asked for, in the same order; undefined while loading or failed. */
  reports: (CaseloadSummaryReport | undefined)[];
  /** Each team's figures, from every report's rows. */
  figuresByTeam: Map<string, CaseloadFigures>;
  isPending: boolean;
  errors: unknown[];
}

/**
 * GET /api/v1/organisation-nodes/{nodeId}/caseload-summary for each of the
 * given nodes (the highest nodes the user may see), so that one call covers
 * every team beneath each node.
 */
export function useNodeCaseloadSummaries(nodeIds: string[], asAt?: string): NodeCaseloadSummaries {
  const client = useApiClient();
  return useQueries({
    queries: nodeIds.map((nodeId) => ({
      queryKey: ['caseload-summary', nodeId, asAt ?? 'today'],
      queryFn: () =>
        unwrap(
          client.GET('/api/v1/organisation-nodes/{nodeId}/caseload-summary', {
            params: { path: { nodeId }, query: asAt ? { asAt } : {} },
          }),
        ),
    })),
    combine: (results) => {
      const figuresByTeam = new Map<string, CaseloadFigures>();
      for (const result of results) {
        for (const row of result.data?.teams ?? []) {
          figuresByTeam.set(row.team.id, row.figures);
        }
      }
      return {
        reports: results.map((result) => result.data),
        figuresByTeam,
        isPending: results.some((result) => result.isPending),
        errors: results.filter((result) => result.isError).map((result) => result.error),
      };
    },
  });
}
