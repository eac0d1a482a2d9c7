import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { dateParts, errorsFromProblem, isoFromParts, pastDateError, summaryItems } from '../form-errors';

const LABELS = { sessionDate: 'Date of the session', durationMinutes: 'Duration' };

describe('date input parts', () => {
  it('makes an ISO date from day, month and year, and back', () => {
    expect(isoFromParts({ day: '3', month: '2', year: '2025' })).toBe('2025-02-03');
    expect(isoFromParts({ day: ' 03 ', month: '02', year: '2025' })).toBe('2025-02-03');
    expect(isoFromParts({ day: '30', month: '2', year: '2025' })).toBeUndefined();
    expect(isoFromParts({ day: '1', month: '1', year: '25' })).toBeUndefined();
    expect(dateParts('2025-02-03')).toEqual({ day: '3', month: '2', year: '2025' });
    expect(dateParts(undefined)).toEqual({ day: '', month: '', year: '' });
  });

  it('gives the GOV.UK message for a missing, partial, unreal or future date', () => {
    const today = '2025-03-12';
    expect(pastDateError({ day: '', month: '', year: '' }, 'the date of the session', today)).toBe('Enter the date of the session');
    expect(pastDateError({ day: '1', month: '', year: '' }, 'the date of the session', today)).toBe(
      'The date of the session must include a month and year',
    );
    expect(pastDateError({ day: '31', month: '2', year: '2025' }, 'the date of the session', today)).toBe(
      'The date of the session must be a real date',
    );
    expect(pastDateError({ day: '13', month: '3', year: '2025' }, 'the date of the session', today)).toBe(
      'The date of the session must be today or in the past',
    );
    expect(pastDateError({ day: '12', month: '3', year: '2025' }, 'the date of the session', today)).toBeUndefined();
  });
});

describe('errors from the API', () => {
  it('puts each violation on its field by the contract name, with the field’s label', () => {
    const error = new ApiError({
      title: 'Bad Request',
      status: 400,
      violations: [
        { field: 'sessionDate', detail: 'must not be in the future' },
        { field: 'durationMinutes', detail: 'must be at most 1440' },
      ],
    });
    const errors = errorsFromProblem(error, LABELS);
    expect(errors.fields).toEqual({
      sessionDate: 'Date of the session must not be in the future',
      durationMinutes: 'Duration must be at most 1440',
    });
    expect(errors.form).toBeUndefined();
    expect(summaryItems(errors, { sessionDate: 'session-date-day', durationMinutes: 'duration-minutes' }, ['sessionDate', 'durationMinutes'])).toEqual([
      { key: 'sessionDate', text: 'Date of the session must not be in the future', href: '#session-date-day' },
      { key: 'durationMinutes', text: 'Duration must be at most 1440', href: '#duration-minutes' },
    ]);
  });

  it('keeps a violation of a field the form does not have as a message for the whole form', () => {
    const error = new ApiError({ title: 'Bad Request', status: 400, violations: [{ field: 'superviseeId', detail: 'is not a worker' }] });
    expect(errorsFromProblem(error, LABELS)).toEqual({ fields: {}, form: 'Bad Request superviseeId is not a worker' });
  });

  it('says plainly what a conflict, a stale version, a refusal or a lost connection means', () => {
    expect(errorsFromProblem(new ApiError({ title: 'Precondition Failed', status: 412 }), LABELS).form).toMatch(
      /Someone else changed this since you opened it/,
    );
    expect(errorsFromProblem(new ApiError({ title: 'Conflict', status: 409 }), LABELS).form).toMatch(/conflicts with the data/);
    expect(errorsFromProblem(new ApiError({ title: 'Forbidden', status: 403 }), LABELS).form).toMatch(/do not have permission/);
    expect(errorsFromProblem(new TypeError('Failed to fetch'), LABELS).form).toMatch(/could not be reached/);
  });
});
