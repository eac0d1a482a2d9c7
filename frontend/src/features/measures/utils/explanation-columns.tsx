import type { ReactNode } from 'react';
import type { components } from '@/api/schema';
import { formatDate } from '@/utils/format';

type ExplanationItem = components['schemas']['ExplanationItem'];

export interface ExplanationColumn {
  key: string;
  label: string;
  numeric?: boolean;
  /** Whether an item has this column's field (the API sends only the fields that apply). */
  has: (item: ExplanationItem) => boolean;
  render: (item: ExplanationItem) => ReactNode;
}

const MONEY = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'Yes' : 'No');
const date = (value: string | undefined) => (value ? formatDate(value) : '');
const defined = (value: unknown) => value !== undefined && value !== null;

const RULE_FLAGS: Record<string, string> = {
  'under-minimum-experience': 'Under 3 years’ experience',
  'above-price-cap': 'Above price cap',
  'within-cool-off': 'Within cool-off',
  'notice-too-short': 'Notice under 4 weeks',
};

/** Every field an explanation row can have, in reading order. */
export const EXPLANATION_COLUMNS: ExplanationColumn[] = [
  { key: 'node', label: 'Team', has: () => true, render: (item) => item.node.name },
  { key: 'role', label: 'Role', has: (item) => defined(item.role), render: (item) => roleText(item.role) },
  { key: 'employmentType', label: 'Employment', has: (item) => defined(item.employmentType), render: (item) => employmentText(item.employmentType) },
  { key: 'fte', label: 'FTE', numeric: true, has: (item) => defined(item.fte), render: (item) => item.fte },
  { key: 'cases', label: 'Cases', numeric: true, has: (item) => defined(item.cases), render: (item) => item.cases },
  { key: 'caseloadThreshold', label: 'Threshold', numeric: true, has: (item) => defined(item.caseloadThreshold), render: (item) => item.caseloadThreshold },
  { key: 'asye', label: 'ASYE', has: (item) => defined(item.asye), render: (item) => yesNo(item.asye) },
  { key: 'weightedLoad', label: 'Weighted load', numeric: true, has: (item) => defined(item.weightedLoad), render: (item) => item.weightedLoad?.toFixed(1) },
  { key: 'lastSupervisionDate', label: 'Last supervision', has: (item) => defined(item.lastSupervisionDate), render: (item) => date(item.lastSupervisionDate) },
  { key: 'requiredIntervalDays', label: 'Required every (days)', numeric: true, has: (item) => defined(item.requiredIntervalDays), render: (item) => item.requiredIntervalDays },
  { key: 'lastAppraisalDate', label: 'Last appraisal', has: (item) => defined(item.lastAppraisalDate), render: (item) => date(item.lastAppraisalDate) },
  { key: 'dueDate', label: 'Due', has: (item) => defined(item.dueDate), render: (item) => date(item.dueDate) },
  {
    key: 'daysOverdue',
    label: 'Overdue by',
    numeric: true,
    has: (item) => defined(item.daysOverdue),
    render: (item) => (item.daysOverdue === 1 ? '1 day' : `${item.daysOverdue} days`),
  },
  { key: 'startDate', label: 'Start', has: (item) => defined(item.startDate), render: (item) => date(item.startDate) },
  { key: 'leavingDate', label: 'Left', has: (item) => defined(item.leavingDate), render: (item) => date(item.leavingDate) },
  { key: 'leavingReason', label: 'Reason', has: (item) => defined(item.leavingReason), render: (item) => item.leavingReason?.replace(/-/g, ' ') },
  { key: 'reasonInsideControl', label: 'Inside our control', has: (item) => defined(item.reasonInsideControl), render: (item) => yesNo(item.reasonInsideControl) },
  { key: 'exitInterviewHeld', label: 'Exit interview', has: (item) => defined(item.exitInterviewHeld), render: (item) => yesNo(item.exitInterviewHeld) },
  { key: 'agencyName', label: 'Agency', has: (item) => defined(item.agencyName), render: (item) => item.agencyName },
  { key: 'hourlyCharge', label: 'Hourly charge', numeric: true, has: (item) => defined(item.hourlyCharge), render: (item) => MONEY.format(item.hourlyCharge ?? 0) },
  { key: 'cost', label: 'Cost in period', numeric: true, has: (item) => defined(item.cost), render: (item) => MONEY.format(item.cost ?? 0) },
  {
    key: 'ruleFlags',
    label: 'DfE rules broken',
    has: (item) => defined(item.ruleFlags),
    render: (item) => (item.ruleFlags?.length ? item.ruleFlags.map((flag) => RULE_FLAGS[flag] ?? flag).join(', ') : 'None'),
  },
  { key: 'absenceType', label: 'Absence', has: (item) => defined(item.absenceType), render: (item) => item.absenceType?.replace(/-/g, ' ') },
  { key: 'absenceFirstDay', label: 'First day', has: (item) => defined(item.absenceFirstDay), render: (item) => date(item.absenceFirstDay) },
  { key: 'absenceLastDay', label: 'Last day', has: (item) => defined(item.absenceLastDay), render: (item) => date(item.absenceLastDay) },
  { key: 'workingDaysLost', label: 'Working days lost', numeric: true, has: (item) => defined(item.workingDaysLost), render: (item) => item.workingDaysLost?.toFixed(1) },
  { key: 'longTerm', label: 'Long term', has: (item) => defined(item.longTerm), render: (item) => yesNo(item.longTerm) },
  { key: 'sicknessReason', label: 'Sickness reason', has: (item) => defined(item.sicknessReason), render: (item) => item.sicknessReason },
  { key: 'bradfordFactor', label: 'Bradford factor', numeric: true, has: (item) => defined(item.bradfordFactor), render: (item) => item.bradfordFactor },
];

/** Only the columns some row on the page has: each measure explains itself with its own fields. */
export function columnsFor(items: ExplanationItem[]): ExplanationColumn[] {
  return EXPLANATION_COLUMNS.filter((column) => items.some((item) => column.has(item)));
}

function roleText(role: string | undefined): string {
  if (!role) return '';
  const text = role.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function employmentText(type: string | undefined): string {
  return type === 'fixed-term' ? 'Fixed term' : type ? type.charAt(0).toUpperCase() + type.slice(1) : '';
}
