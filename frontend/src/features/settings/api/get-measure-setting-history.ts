import { HISTORY_QUERY, useRecordHistory } from '@/hooks/use-record-history';

/** GET /api/v1/measure-settings/{settingKey}/history: the setting’s changes, newest first. */
export function useMeasureSettingHistory(settingKey: string, enabled = true) {
  return useRecordHistory(
    ['measure-setting-history', settingKey],
    (client) => client.GET('/api/v1/measure-settings/{settingKey}/history', { params: { path: { settingKey }, query: HISTORY_QUERY } }),
    enabled,
  );
}
