import type { HistoryField } from '@/utils/record-changes';

const plural = (unit: string) => (value: unknown) => `${String(value)} ${unit}`;

/** Each setting's details as its history tells them, by the contract's property names. */
export const CASELOAD_THRESHOLD_HISTORY_FIELDS: HistoryField[] = [{ key: 'maxCases', label: 'Most cases', show: plural('cases') }];

export const MEASURE_SETTING_HISTORY_FIELDS: HistoryField[] = [{ key: 'value', label: 'Value', show: String }];

export const SUPERVISION_POLICY_HISTORY_FIELDS: HistoryField[] = [
  { key: 'supervised', label: 'Expected to be supervised', show: (value) => (value ? 'yes' : 'no') },
  { key: 'intervalDays', label: 'Most days between sessions', show: plural('days') },
];

export const CASE_WEIGHT_HISTORY_FIELDS: HistoryField[] = [{ key: 'points', label: 'Points per case', show: plural('points') }];
