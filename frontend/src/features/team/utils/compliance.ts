import type { components } from '@/api/schema';
import type { TagColour } from '@/components/ui/tag';
import { formatDate } from '@/utils/format';

type ComplianceStatus = components['schemas']['ComplianceStatus'];
type AbsenceType = components['schemas']['AbsenceType'];

/** Status as words with a matching colour: the words carry the meaning. */
export const COMPLIANCE_STATUS: Record<ComplianceStatus, { text: string; colour: TagColour }> = {
  overdue: { text: 'Overdue', colour: 'red' },
  'due-soon': { text: 'Due soon', colour: 'yellow' },
  'up-to-date': { text: 'Up to date', colour: 'green' },
  'not-due': { text: 'Not due yet', colour: 'grey' },
};

export function statusOf(status: ComplianceStatus): { text: string; colour: TagColour } {
  return COMPLIANCE_STATUS[status] ?? { text: status, colour: 'grey' };
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/**
 * When something is due, said plainly against the as-at date: "12 days overdue",
 * "Due today", "Due in 3 days", or the date when it is further off.
 */
export function dueText(dueDate: string | undefined, asAt: string, daysOverdue?: number): string {
  if (!dueDate) return 'No due date';
  if (daysOverdue !== undefined && daysOverdue !== null) {
    return daysOverdue === 0 ? `Due ${formatDate(dueDate)}, overdue today` : `${days(daysOverdue)} overdue (due ${formatDate(dueDate)})`;
  }
  const until = daysBetween(asAt, dueDate);
  if (until < 0) return `${days(-until)} overdue (due ${formatDate(dueDate)})`;
  if (until === 0) return 'Due today';
  if (until <= 14) return `Due in ${days(until)} (${formatDate(dueDate)})`;
  return `Due ${formatDate(dueDate)}`;
}

/** "1 worker is" / "3 workers are". */
export function workersAre(count: number): string {
  return count === 1 ? '1 worker is' : `${count} workers are`;
}

const ABSENCE_TYPES: Record<AbsenceType, string> = {
  sickness: 'Sickness',
  'compassionate-leave': 'Compassionate leave',
  'dependants-leave': "Dependants' leave",
  'industrial-injury': 'Industrial injury',
  'unpaid-leave': 'Unpaid leave',
  other: 'Other absence',
};

export function absenceTypeName(type: AbsenceType): string {
  return ABSENCE_TYPES[type] ?? type;
}
