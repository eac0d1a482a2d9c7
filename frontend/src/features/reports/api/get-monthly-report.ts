import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type MonthlyReport = components['schemas']['MonthlyReport'];
export type MonthlyReportRow = components['schemas']['MonthlyReportRow'];

/** GET /api/v1/reports/monthly: every measure for a month, with trend, RAG and commentary. */
export function useMonthlyReport(nodeId: string, month: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['monthly-report', nodeId, month],
    queryFn: () => unwrap(client.GET('/api/v1/reports/monthly', { params: { query: { nodeId, month } } })),
    placeholderData: keepPreviousData,
  });
}
