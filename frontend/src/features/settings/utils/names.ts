import type { components } from '@/api/schema';

type CaseType = components['schemas']['CaseType'];

export const CASE_TYPE_NAMES: Record<CaseType, string> = {
  'child-in-need': 'Child in need',
  'child-protection': 'Child protection',
  'child-looked-after': 'Child looked after',
  'care-leaver': 'Care leaver',
  'pre-proceedings': 'Pre-proceedings',
  other: 'Other',
};

/** "Weeks 1 to 6 of the ASYE" for days 0 to 42. */
export function asyeStageName(fromDay: number, toDay: number): string {
  const from = Math.floor(fromDay / 7) + 1;
  const to = Math.ceil(toDay / 7);
  return `ASYE weeks ${from} to ${to}`;
}

/** Every other day, every week, every 31 days. */
export function intervalText(days: number, supervised: boolean): string {
  if (!supervised) return 'Not expected to be supervised';
  if (days === 7) return 'Every week';
  if (days === 14) return 'Every 2 weeks';
  return `At least every ${days} ${days === 1 ? 'day' : 'days'}`;
}
