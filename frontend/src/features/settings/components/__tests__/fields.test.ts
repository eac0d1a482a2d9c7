import { describe, expect, it } from 'vitest';
import { fieldError, formErrors, toInput, type FieldSpec } from '../../utils/fields';

const DAYS: FieldSpec = { name: 'intervalDays', id: 'interval-days', label: 'Most days', kind: 'whole', min: 1, max: 366 };
const POINTS: FieldSpec = { name: 'points', id: 'points', label: 'Points per case', kind: 'decimal', min: 0, max: 9999.99 };
const SUPERVISED: FieldSpec = { name: 'supervised', id: 'supervised', label: 'Supervised?', missing: 'Select yes or no', kind: 'yes-no' };

describe('settings fields', () => {
  it('asks for a whole number in range', () => {
    expect(fieldError(DAYS, '')).toBe('Enter most days');
    expect(fieldError(DAYS, '2.5')).toBe('Most days must be a whole number, like 2');
    expect(fieldError(DAYS, '0')).toBe('Most days must be 1 or more');
    expect(fieldError(DAYS, '367')).toBe('Most days must be 366 or less');
    expect(fieldError(DAYS, ' 31 ')).toBeUndefined();
  });

  it('allows at most two decimal places, as the API does', () => {
    expect(fieldError(POINTS, '6.5')).toBeUndefined();
    expect(fieldError(POINTS, '6.125')).toBe('Points per case must have no more than 2 decimal places');
    expect(fieldError(POINTS, 'six')).toBe('Points per case must be a number, like 12 or 6.5');
    expect(fieldError(POINTS, '-1')).toBe('Points per case must be a number, like 12 or 6.5');
  });

  it('asks for yes or no, and sends it as a boolean with numbers as numbers', () => {
    expect(fieldError(SUPERVISED, '')).toBe('Select yes or no');
    expect(formErrors([DAYS, SUPERVISED], { intervalDays: '14', supervised: 'no' })).toEqual({});
    expect(toInput([DAYS, SUPERVISED, POINTS], { intervalDays: '14', supervised: 'no', points: '6.50' })).toEqual({
      intervalDays: 14,
      supervised: false,
      points: 6.5,
    });
  });
});
