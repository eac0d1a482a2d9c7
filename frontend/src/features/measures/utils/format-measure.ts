import type { components } from '@/api/schema';
import type { TagColour } from '@/components/ui/tag';
import { RAG_WORDS } from '@/utils/labels';

type MeasureUnit = components['schemas']['MeasureUnit'];
type RagStatus = components['schemas']['RagStatus'];
type TargetSummary = components['schemas']['TargetSummary'];
type TargetDirection = components['schemas']['TargetDirection'];
type MeasureId = components['schemas']['MeasureId'];

const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const MONEY = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const PENCE = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** The number alone, as the API rounds it: counts whole, money in pounds, the rest to one decimal place. */
export function formatNumber(value: number, unit: MeasureUnit, exactMoney = false): string {
  switch (unit) {
    case 'count':
      return WHOLE.format(value);
    case 'money':
      return (exactMoney ? PENCE : MONEY).format(value);
    default:
      return ONE_DECIMAL.format(value);
  }
}

const UNIT_SUFFIX: Record<MeasureUnit, string> = {
  fte: ' FTE',
  count: '',
  percent: '%',
  'cases-per-fte': ' cases per FTE',
  days: ' days',
  'days-per-fte': ' days per FTE',
  money: '',
};

/** A figure with its unit, e.g. "12.5%", "41.2 FTE", "£12,345"; "No value" when it cannot be computed. */
export function formatValue(value: number | null | undefined, unit: MeasureUnit, exactMoney = false): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'No value';
  return `${formatNumber(value, unit, exactMoney)}${UNIT_SUFFIX[unit] ?? ''}`;
}

/** The RAG words for a result: "No value" rather than "No target" when the figure itself is missing. */
export function ragText(rag: RagStatus, value: number | null | undefined, hasTarget: boolean): { text: string; colour: TagColour } {
  if (rag === 'none' && hasTarget && (value === null || value === undefined)) return { text: 'No value', colour: 'grey' };
  return RAG_WORDS[rag] ?? { text: rag, colour: 'grey' };
}

/** "15.0% or less (amber up to 17.0%)" or "at least 90.0% (amber down to 85.0%)". */
export function targetText(target: TargetSummary | undefined, unit: MeasureUnit): string {
  if (!target) return 'No target set';
  const lower = target.direction === 'lower-is-better';
  const goal = `${formatValue(target.target, unit)} or ${lower ? 'less' : 'more'}`;
  if (!target.amberTolerance) return goal;
  const amber = lower ? target.target + target.amberTolerance : target.target - target.amberTolerance;
  return `${goal} (amber ${lower ? 'up' : 'down'} to ${formatValue(amber, unit)})`;
}

export interface Change {
  /** "up 1.2 percentage points", "down 3 FTE", "no change". */
  text: string;
  trend: 'up' | 'down' | 'same';
  /** Whether the change is for the better, when the measure has a direction. */
  better?: boolean;
}

/**
 * The change from the previous figure to this one, in words. Percentages
 * change by percentage points, not by per cent of themselves.
 */
export function change(
  current: number | null | undefined,
  previous: number | null | undefined,
  unit: MeasureUnit,
  direction: TargetDirection,
): Change | undefined {
  if (current === null || current === undefined || previous === null || previous === undefined) return undefined;
  // Both figures are already rounded; rounding the difference avoids 0.30000000000000004.
  const difference = Math.round((current - previous) * 100) / 100;
  if (difference === 0) return { text: 'no change', trend: 'same' };
  const size = Math.abs(difference);
  const amount =
    unit === 'percent' ? `${ONE_DECIMAL.format(size)} percentage ${size === 1 ? 'point' : 'points'}` : formatValue(size, unit);
  const trend = difference > 0 ? 'up' : 'down';
  const better = direction === 'higher-is-better' ? difference > 0 : difference < 0;
  return { text: `${trend} ${amount}`, trend, better };
}

/** Themes to group the tiles by, in the order the improvement boards read them. */
export const MEASURE_GROUPS: { title: string; measures: MeasureId[] }[] = [
  {
    title: 'Workforce and vacancies',
    measures: [
      'inPostFte',
      'inPostHeadcount',
      'vacancyFte',
      'vacancyRate',
      'vacancyAgencyCoverRate',
      'startersFte',
      'startersHeadcount',
    ],
  },
  {
    title: 'Agency workers',
    measures: [
      'agencyFte',
      'agencyHeadcount',
      'agencyRate',
      'agencyCoverFte',
      'agencyCoverRate',
      'agencyCost',
      'agencyAssignmentsFlagged',
    ],
  },
  {
    title: 'Turnover and stability',
    measures: [
      'leaversFte',
      'leaversHeadcount',
      'turnoverRate',
      'localTurnoverRate',
      'localTurnoverRateFte',
      'socialWorkerTurnoverRate',
      'stability12Months',
      'stability24Months',
      'permanence',
      'exitInterviews',
      'exitInterviewRate',
      'leaversInsideControlRate',
    ],
  },
  {
    title: 'Caseloads',
    measures: [
      'cases',
      'caseHoldersFte',
      'averageCaseload',
      'workersOverThreshold',
      'percentOverThreshold',
      'asyeOverThreshold',
      'percentAsyeOverThreshold',
      'weightedCaseload',
      'unallocatedCases',
    ],
  },
  {
    title: 'Supervision and appraisal',
    measures: [
      'supervisionCompliance',
      'supervisionsOverdue',
      'supervisionsHeldVsExpected',
      'appraisalCompliance',
      'appraisalsOverdue',
    ],
  },
  {
    title: 'Sickness absence',
    measures: [
      'workingDaysLost',
      'absenceRate',
      'sicknessDaysPerFte',
      'shortTermSicknessDaysPerFte',
      'longTermSicknessDaysPerFte',
    ],
  },
];

/** Groups the given measures by theme; measures no theme names go in "Other measures", in their order. */
export function groupMeasures<T extends { measure: MeasureId }>(items: T[]): { title: string; items: T[] }[] {
  const byId = new Map(items.map((item) => [item.measure, item]));
  const used = new Set<MeasureId>();
  const groups = MEASURE_GROUPS.map((group) => ({
    title: group.title,
    items: group.measures.flatMap((id) => {
      const item = byId.get(id);
      if (!item) return [];
      used.add(id);
      return [item];
    }),
  }));
  const rest = items.filter((item) => !used.has(item.measure));
  return [...groups, { title: 'Other measures', items: rest }].filter((group) => group.items.length > 0);
}
