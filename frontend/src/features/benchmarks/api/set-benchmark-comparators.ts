import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';

/** PUT /api/v1/benchmark-comparators: replaces the comparator group (workforce leads). */
export function useSetBenchmarkComparators() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (laCodes: string[]) =>
      unwrap(client.PUT('/api/v1/benchmark-comparators', { body: { laCodes } })),
    onSuccess: (group) => {
      queryClient.setQueryData(['benchmark-comparators'], group);
      return queryClient.invalidateQueries({ queryKey: ['benchmarks'] });
    },
  });
}
