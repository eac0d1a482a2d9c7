import { HISTORY_QUERY, useRecordHistory } from '@/hooks/use-record-history';

/** GET /api/v1/supervision-policies/{policyKey}/history: the supervision rule’s changes, newest first. */
export function useSupervisionPolicyHistory(policyKey: string, enabled = true) {
  return useRecordHistory(
    ['supervision-policy-history', policyKey],
    (client) => client.GET('/api/v1/supervision-policies/{policyKey}/history', { params: { path: { policyKey }, query: HISTORY_QUERY } }),
    enabled,
  );
}
