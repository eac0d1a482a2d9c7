import { useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { RecordChangePage } from '@/utils/record-changes';

/** How many changes a history asks for: one page, which is every change of nearly any record. */
export const HISTORY_PAGE_SIZE = 50;

/** The query every /history call sends: the first page, newest first. */
export const HISTORY_QUERY = { size: HISTORY_PAGE_SIZE } as const;

/**
 * What every record's history hook shares: the call is the hook's own (one per /history operation, in its
 * feature's api folder); the history is read afresh each time the page opens, as it sits beside the form
 * that changes the record, and not at all when the role may not read it.
 */
export function useRecordHistory(
  queryKey: readonly unknown[],
  call: (client: ApiClient) => Promise<{ data?: RecordChangePage; error?: unknown; response: Response }>,
  enabled = true,
) {
  const client = useApiClient();
  return useQuery({ queryKey, queryFn: () => unwrap(call(client)), staleTime: 0, enabled });
}
