import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type MeasureResult = components['schemas']['MeasureResult'];
type MeasureId = components['schemas']['MeasureId'];

export const SICKNESS_MEASURES: MeasureId[] = [
  'sicknessDaysPerFte',
  'shortTermSicknessDaysPerFte',
  'longTermSicknessDaysPerFte',
];

export function sicknessMeasuresQueryOptions(client: ApiClient, nodeId: string, asAt: string) {
  return queryOptions({
    queryKey: ['node-measures', nodeId, asAt, 'sickness'],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisation-nodes/{nodeId}/measures', {
          params: { path: { nodeId }, query: { asAt, measure: SICKNESS_MEASURES } },
        }),
      ),
  });
}

/** GET …/{nodeId}/measures for the sickness measures: days lost per FTE, short-term and long-term. */
export function useSicknessMeasures(nodeId: string, asAt: string) {
  const client = useApiClient();
  return useQuery(sicknessMeasuresQueryOptions(client, nodeId, asAt));
}
