import type { components } from '@/api/schema';

type DfeIndicators = components['schemas']['DfeIndicators'];

export interface Indicator {
  key: keyof DfeIndicators;
  label: string;
  unit: 'fte' | 'count' | 'percent' | 'ratio' | 'days';
}

/** The DfE census measures, in the order of DfE's own tables. */
export const INDICATORS: Indicator[] = [
  { key: 'inPostFte', label: 'Social workers in post (FTE)', unit: 'fte' },
  { key: 'inPostHeadcount', label: 'Social workers in post (headcount)', unit: 'count' },
  { key: 'startersFte', label: 'Starters (FTE)', unit: 'fte' },
  { key: 'leaversFte', label: 'Leavers (FTE)', unit: 'fte' },
  { key: 'turnoverRate', label: 'Turnover rate', unit: 'percent' },
  { key: 'agencyFte', label: 'Agency workers (FTE)', unit: 'fte' },
  { key: 'agencyRate', label: 'Agency rate', unit: 'percent' },
  { key: 'agencyCoverRate', label: 'Agency cover rate', unit: 'percent' },
  { key: 'vacancyFte', label: 'Vacancies (FTE)', unit: 'fte' },
  { key: 'vacancyRate', label: 'Vacancy rate', unit: 'percent' },
  { key: 'vacancyAgencyCoverRate', label: 'Vacancies covered by agency workers', unit: 'percent' },
  { key: 'caseHoldersFte', label: 'Case holders (FTE)', unit: 'fte' },
  { key: 'cases', label: 'Cases', unit: 'count' },
  { key: 'averageCaseload', label: 'Average caseload (cases per FTE)', unit: 'ratio' },
  { key: 'workingDaysLost', label: 'Working days lost to sickness', unit: 'days' },
  { key: 'absenceRate', label: 'Sickness absence rate', unit: 'percent' },
];

const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** A DfE figure as DfE prints it; a suppressed or missing one says so in words. */
export function formatIndicator(value: number | null | undefined, unit: Indicator['unit']): string {
  if (value === null || value === undefined) return 'Not published';
  if (unit === 'count') return WHOLE.format(value);
  return `${ONE_DECIMAL.format(value)}${unit === 'percent' ? '%' : ''}`;
}

/**
 * The latest census year whose figures DfE has published: the census is taken
 * on 30 September and published the following February.
 */
export function latestPublishedCensusYear(today: Date = new Date()): number {
  return today.getMonth() >= 2 ? today.getFullYear() - 1 : today.getFullYear() - 2;
}

export const FIRST_CENSUS_YEAR = 2017;
