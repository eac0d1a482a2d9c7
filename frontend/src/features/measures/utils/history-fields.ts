import type { HistoryField } from '@/utils/record-changes';

/** A stored target's details as its history tells them, by the contract's property names. */
export const TARGET_HISTORY_FIELDS: HistoryField[] = [
  { key: 'target', label: 'Target', show: String },
  {
    key: 'direction',
    label: 'Better when the figure is',
    show: (value) => (value === 'higher-is-better' ? 'higher' : 'lower'),
  },
  { key: 'amberTolerance', label: 'Amber tolerance', show: String },
];
