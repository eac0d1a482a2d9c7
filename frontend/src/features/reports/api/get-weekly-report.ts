import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type WeeklyReport = components['schemas']['WeeklyReport'];
export type WeeklyReportRow = components['schemas']['WeeklyReportRow'];

/** GET /api/v1/reports/weekly: caseloads and compliance for a node and every node beneath it. */
export function useWeeklyReport(nodeId: string, asAt?: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['weekly-report', nodeId, asAt ?? 'today'],
    queryFn: () =>
      unwrap(client.GET('/api/v1/reports/weekly', { params: { query: asAt ? { nodeId, asAt } : { nodeId } } })),
    placeholderData: keepPreviousData,
  });
}
