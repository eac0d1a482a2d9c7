import { useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type MeasureConfiguration = components['schemas']['MeasureConfiguration'];

/** GET /api/v1/measure-configuration: every threshold, weight, rule and setting in force. */
export function useMeasureConfiguration() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['measure-configuration'],
    queryFn: () => unwrap(client.GET('/api/v1/measure-configuration')),
  });
}
