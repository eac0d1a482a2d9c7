import { describe, expect, it } from 'vitest';
import { change, formatValue, groupMeasures, ragText, targetText } from '../format-measure';

describe('measure formatting', () => {
  it('writes each unit as people read it, and a missing figure in words', () => {
    expect(formatValue(12.25, 'percent')).toBe('12.3%');
    expect(formatValue(41, 'fte')).toBe('41.0 FTE');
    expect(formatValue(7, 'count')).toBe('7');
    expect(formatValue(17.8, 'cases-per-fte')).toBe('17.8 cases per FTE');
    expect(formatValue(123456.78, 'money')).toBe('£123,457');
    expect(formatValue(123456.78, 'money', true)).toBe('£123,456.78');
    expect(formatValue(null, 'percent')).toBe('No value');
  });

  it('says the RAG status in words, with a matching colour', () => {
    expect(ragText('red', 18, true)).toEqual({ text: 'Off target', colour: 'red' });
    expect(ragText('amber', 16, true)).toEqual({ text: 'Near target', colour: 'yellow' });
    expect(ragText('green', 12, true)).toEqual({ text: 'On target', colour: 'green' });
    expect(ragText('none', 12, false)).toEqual({ text: 'No target', colour: 'grey' });
    expect(ragText('none', null, true)).toEqual({ text: 'No value', colour: 'grey' });
  });

  it('states a target with its direction and where amber ends', () => {
    expect(targetText({ target: 15, direction: 'lower-is-better', amberTolerance: 2 }, 'percent')).toBe(
      '15.0% or less (amber up to 17.0%)',
    );
    expect(targetText({ target: 90, direction: 'higher-is-better', amberTolerance: 0 }, 'percent')).toBe('90.0% or more');
    expect(targetText(undefined, 'count')).toBe('No target set');
  });

  it('gives a change in percentage points for rates, and whether it is better or worse', () => {
    expect(change(18.2, 18.7, 'percent', 'lower-is-better')).toEqual({ text: 'down 0.5 percentage points', trend: 'down', better: true });
    expect(change(88, 85, 'percent', 'higher-is-better')).toEqual({ text: 'up 3.0 percentage points', trend: 'up', better: true });
    expect(change(5, 3, 'count', 'lower-is-better')).toEqual({ text: 'up 2', trend: 'up', better: false });
    expect(change(0.3, 0.3, 'fte', 'higher-is-better')).toEqual({ text: 'no change', trend: 'same' });
    expect(change(null, 3, 'count', 'lower-is-better')).toBeUndefined();
  });

  it('groups measures by theme and keeps unknown ones under "Other measures"', () => {
    const groups = groupMeasures([{ measure: 'agencyRate' }, { measure: 'inPostFte' }, { measure: 'newMeasure' as 'cases' }]);
    expect(groups.map((group) => group.title)).toEqual(['Workforce and vacancies', 'Agency workers', 'Other measures']);
  });
});
