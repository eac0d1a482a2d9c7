import { useQueries } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type NodeMeasures = components['schemas']['NodeMeasures'];
export type MeasureResult = components['schemas']['MeasureResult'];

export interface NodeMeasuresAtDates {
  /** One answer per date asked for, in the same order; undefined while loading or failed. */
  results: (NodeMeasures | undefined)[];
  isPending: boolean;
  /** Every date after the first has its answer or has failed. */
  earlierSettled: boolean;
  /** The first date's error: without it there is nothing to show. */
  error: unknown;
}

/**
 * GET /api/v1/organisation-nodes/{nodeId}/measures at each of the given dates
 * (undefined: today). The first date is the one shown; the others give each
 * tile its change and its small trend, computed the same way as the figure.
 */
export function useNodeMeasuresAt(nodeId: string, dates: (string | undefined)[]): NodeMeasuresAtDates {
  const client = useApiClient();
  return useQueries({
    queries: dates.map((asAt) => ({
      queryKey: ['node-measures', nodeId, asAt ?? 'today'],
      queryFn: () =>
        unwrap(
          client.GET('/api/v1/organisation-nodes/{nodeId}/measures', {
            params: { path: { nodeId }, query: asAt ? { asAt } : {} },
          }),
        ),
    })),
    // The earlier dates only feed the trends: they are handed over together once all have
    // settled, so the page draws its tiles twice (figures, then trends) rather than once per
    // answer; on a phone each of those redraws blocks the page for a moment.
    combine: (results) => ({
      results: results.map((result, index) =>
        index === 0 || results.slice(1).every((earlier) => !earlier.isPending) ? result.data : undefined,
      ),
      isPending: results[0]?.isPending ?? false,
      earlierSettled: results.slice(1).every((earlier) => !earlier.isPending),
      error: results[0]?.error ?? null,
    }),
  });
}
