import { describe, expect, it } from 'vitest';
import { daysBetween, dueText, statusOf, workersAre } from '../compliance';

describe('compliance wording', () => {
  it('counts whole days between dates across a month end and a leap day', () => {
    expect(daysBetween('2025-02-01', '2025-03-12')).toBe(39);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-12', '2025-03-01')).toBe(-11);
  });

  it('says how overdue something is from the API’s days overdue', () => {
    expect(dueText('2025-02-01', '2025-03-12', 39)).toBe('39 days overdue (due 1 February 2025)');
    expect(dueText('2025-03-11', '2025-03-12', 1)).toBe('1 day overdue (due 11 March 2025)');
    expect(dueText('2024-03-12', '2025-03-12', 0)).toBe('Due 12 March 2024, overdue today');
  });

  it('says when something falls due: today, within a fortnight with the date, or just the date', () => {
    expect(dueText('2025-03-12', '2025-03-12')).toBe('Due today');
    expect(dueText('2025-03-13', '2025-03-12')).toBe('Due in 1 day (13 March 2025)');
    expect(dueText('2025-03-26', '2025-03-12')).toBe('Due in 14 days (26 March 2025)');
    expect(dueText('2025-03-27', '2025-03-12')).toBe('Due 27 March 2025');
    expect(dueText(undefined, '2025-03-12')).toBe('No due date');
  });

  it('gives every status words as well as a colour', () => {
    expect(statusOf('overdue')).toEqual({ text: 'Overdue', colour: 'red' });
    expect(statusOf('due-soon')).toEqual({ text: 'Due soon', colour: 'yellow' });
    expect(statusOf('up-to-date')).toEqual({ text: 'Up to date', colour: 'green' });
    expect(statusOf('not-due')).toEqual({ text: 'Not due yet', colour: 'grey' });
  });

  it('agrees the verb with the count', () => {
    expect(workersAre(1)).toBe('1 worker is');
    expect(workersAre(3)).toBe('3 workers are');
  });
});
