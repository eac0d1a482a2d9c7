import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';
import { STALE_AFTER_POLICY_CHANGE, versioned } from './versioned';

export type MeasureSettingInput = components['schemas']['MeasureSettingInput'];

/** PUT /api/v1/measure-settings/{settingKey} with If-Match: changes the setting the measures read; a stale ETag is refused (412). */
export function useUpdateMeasureSetting() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, etag, input }: { key: string; etag: string; input: MeasureSettingInput }) =>
      versioned(client.PUT('/api/v1/measure-settings/{settingKey}', { params: { path: { settingKey: key }, header: { 'If-Match': etag } }, body: input })),
    onSuccess: (saved, { key }) => {
      queryClient.setQueryData(['measure-setting', key], saved);
      return Promise.all(STALE_AFTER_POLICY_CHANGE.map((stale) => queryClient.invalidateQueries({ queryKey: [stale] })));
    },
  });
}
