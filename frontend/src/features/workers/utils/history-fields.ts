import type { HistoryField } from '@/utils/record-changes';
import { formatDate } from '@/utils/format';
import { sessionTypeName } from './labels';
import type { components } from '@/api/schema';

type SessionType = components['schemas']['SessionType'];

function personName(value: unknown): string {
  const person = value as { givenName?: string; familyName?: string };
  return [person.givenName, person.familyName].filter(Boolean).join(' ') || 'someone no longer recorded';
}

const date = (value: unknown) => formatDate(String(value));

/** A supervision session's details as its history tells them (never its ids or who typed it in). */
export const SUPERVISION_HISTORY_FIELDS: HistoryField[] = [
  { key: 'sessionDate', label: 'Date', show: date },
  { key: 'durationMinutes', label: 'Duration', show: (value) => `${String(value)} minutes` },
  { key: 'sessionType', label: 'Type', show: (value) => sessionTypeName(value as SessionType) },
  { key: 'supervisor', label: 'Supervisor', show: personName },
  { key: 'supervisee', label: 'Worker', show: personName },
];

/** An appraisal's details as its history tells them. */
export const APPRAISAL_HISTORY_FIELDS: HistoryField[] = [
  { key: 'completedOn', label: 'Date completed', show: date },
  { key: 'reviewer', label: 'Reviewer', show: personName },
  { key: 'worker', label: 'Worker', show: personName },
];
