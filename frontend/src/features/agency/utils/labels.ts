import type { components } from '@/api/schema';

type AgencyRuleFlag = components['schemas']['AgencyRuleFlag'];
type AgencyJobType = components['schemas']['AgencyJobType'];

const JOB_TYPES: Record<AgencyJobType, string> = {
  'social-worker': 'Social worker',
  'senior-social-worker': 'Senior social worker',
  'advanced-practitioner': 'Advanced practitioner',
  'team-manager': 'Team manager',
  'iro-cp-chair': 'IRO or child protection chair',
};

export function jobTypeName(jobType: AgencyJobType): string {
  return JOB_TYPES[jobType] ?? jobType;
}

/** Each DfE agency rule broken, in a few words for a tag and in a sentence for the detail page. */
export const RULE_FLAGS: Record<AgencyRuleFlag, { short: string; explanation: string }> = {
  'under-minimum-experience': {
    short: 'Under 3 years’ experience',
    explanation: 'Had less than 3 years’ post-qualifying experience when the assignment started.',
  },
  'above-price-cap': {
    short: 'Above price cap',
    explanation: 'The hourly charge is above the regional price cap for the job type.',
  },
  'within-cool-off': {
    short: 'Within cool-off',
    explanation: 'Rejoined the region within 3 months of leaving permanent employment in it (the cool-off period).',
  },
  'notice-too-short': {
    short: 'Notice under 4 weeks',
    explanation: 'The notice period is shorter than 4 weeks.',
  },
};

export function ruleFlagText(flag: AgencyRuleFlag): string {
  return RULE_FLAGS[flag]?.short ?? flag;
}

const MONEY = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const WHOLE_POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

export function formatMoney(value: number): string {
  return MONEY.format(value);
}

/** Costs in a table: whole pounds, so that twelve months fit on a screen. */
export function formatPounds(value: number | null | undefined): string {
  return value === null || value === undefined ? 'Not recorded' : WHOLE_POUNDS.format(value);
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2025-06-01" becomes "Jun 2025". */
export function monthLabel(periodStart: string): string {
  const [y, m] = periodStart.split('-').map(Number);
  return MONTH.format(new Date(Date.UTC(y, m - 1, 1)));
}

/** The first day of the month eleven months before the as-at date's month: a year of whole months. */
export function yearOfMonthsFrom(asAt: string): string {
  const [y, m] = asAt.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 - 11, 1));
  return first.toISOString().slice(0, 10);
}
