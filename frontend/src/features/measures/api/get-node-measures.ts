import { useEffect, useRef, useState } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
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
  const query = (asAt: string | undefined) => ({
    queryKey: ['node-measures', nodeId, asAt ?? 'today'],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisation-nodes/{nodeId}/measures', {
          params: { path: { nodeId }, query: asAt ? { asAt } : {} },
        }),
      ),
  });
  const [shownDate, ...earlierDates] = dates;
  const shown = useQuery(query(shownDate));
  // Asked for once the date shown has its answer: the page's own figures come first, without five
  // other computations competing with theirs on the server. And in a task after the one that draws
  // those figures, so that starting five requests does not hold up their first paint on a phone.
  const shownKey = `${nodeId}|${shownDate ?? 'today'}`;
  const [earlierFor, setEarlierFor] = useState<string>();
  useEffect(() => {
    if (!shown.isSuccess) return undefined;
    const timer = setTimeout(() => setEarlierFor(shownKey), 0);
    return () => clearTimeout(timer);
  }, [shown.isSuccess, shownKey]);
  const earlier = useQueries({
    queries: earlierDates.map((asAt) => ({ ...query(asAt), enabled: shown.isSuccess && earlierFor === shownKey })),
  });
  // The earlier dates only feed the trends: they are handed over together once all have settled,
  // so the tiles are drawn once with their trends rather than once per answer.
  const earlierSettled = earlier.every((result) => !result.isPending);
  const results = useSameArray([shown.data, ...earlier.map((result) => (earlierSettled ? result.data : undefined))]);
  return { results, isPending: shown.isPending, earlierSettled, error: shown.error };
}

/** The array of the previous render while its items are the same, so that what is worked out from it is not redone. */
function useSameArray<T>(items: T[]): T[] {
  const kept = useRef(items);
  if (kept.current.length !== items.length || kept.current.some((item, index) => item !== items[index])) {
    kept.current = items;
  }
  return kept.current;
}
