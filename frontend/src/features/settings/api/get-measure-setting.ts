import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';
import { versioned } from './versioned';

export type MeasureSetting = components['schemas']['MeasureSetting'];

/** GET /api/v1/measure-settings/{settingKey}: the setting the measures read, with its ETag. */
export function useMeasureSetting(key: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['measure-setting', key],
    queryFn: () => versioned(client.GET('/api/v1/measure-settings/{settingKey}', { params: { path: { settingKey: key } } })),
    // a change must start from the version as it is now, never a cached one
    staleTime: 0,
  });
}
