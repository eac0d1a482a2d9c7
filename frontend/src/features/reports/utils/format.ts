import type { components } from '@/api/schema';
import type { TagColour } from '@/components/ui/tag';

type MeasureUnit = components['schemas']['MeasureUnit'];
type Trend = components['schemas']['MonthlyReportRow']['trend'];

const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const MONEY = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

const SUFFIX: Record<MeasureUnit, string> = {
  fte: ' FTE',
  count: '',
  percent: '%',
  'cases-per-fte': ' per FTE',
  days: ' days',
  'days-per-fte': ' days per FTE',
  money: '',
};

/** A report figure as the API rounds it, with its unit; "No value" where it cannot be computed. */
export function reportValue(value: number | null | undefined, unit: MeasureUnit): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'No value';
  const number = unit === 'count' ? WHOLE.format(value) : unit === 'money' ? MONEY.format(value) : ONE_DECIMAL.format(value);
  return `${number}${SUFFIX[unit] ?? ''}`;
}

/** The trend in words, said the way a board reads it. */
export const TREND_WORDS: Record<Trend, { text: string; colour: TagColour }> = {
  improving: { text: 'Improving', colour: 'green' },
  worsening: { text: 'Worsening', colour: 'red' },
  unchanged: { text: 'No change', colour: 'grey' },
  none: { text: 'No trend', colour: 'grey' },
};

/** "up 1.2 percentage points", "down 3", or undefined without both figures. */
export function changeText(change: number | null | undefined, unit: MeasureUnit): string | undefined {
  if (change === null || change === undefined) return undefined;
  const rounded = Math.round(change * 100) / 100;
  if (rounded === 0) return 'no change';
  const size = Math.abs(rounded);
  const amount = unit === 'percent' ? `${ONE_DECIMAL.format(size)} percentage ${size === 1 ? 'point' : 'points'}` : reportValue(size, unit);
  return `${rounded > 0 ? 'up' : 'down'} ${amount}`;
}

/** The month a date falls in, as the API names months (YYYY-MM). */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** "November 2026" for "2026-11". */
export function monthName(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(year, number - 1, 1).toLocaleDateString('en-GB', { month: 'long', year: 'numeric' });
}

export function isMonth(text: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  return !!match && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/**
 * The latest census year whose snapshot day (30 September) has passed: the DfE counts the
 * workforce on that day, so a year before it has no return yet.
 */
export function latestCensusYear(today: Date): number {
  const year = today.getFullYear();
  return today.getMonth() > 8 ? year : year - 1;
}
