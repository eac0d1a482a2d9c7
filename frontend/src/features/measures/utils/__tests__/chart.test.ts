import { describe, expect, it } from 'vitest';
import { series } from '@/testing/measure-fixtures';
import { chartGeometry, niceStep, seriesRows, seriesSummary, yAxis } from '../chart';

const BOX = { width: 640, height: 300, left: 64, right: 16, top: 16, bottom: 40 };

describe('trend chart data', () => {
  it('puts every point of the chart in the table, in order, in words', () => {
    expect(seriesRows(series().points, 'percent', 'month')).toEqual([
      { key: '2026-08-31', period: 'August 2026', value: '20.1%', status: 'Off target' },
      { key: '2026-09-30', period: 'September 2026', value: 'No value', status: 'No target' },
      { key: '2026-10-31', period: 'October 2026', value: '16.4%', status: 'Near target' },
      { key: '2026-11-23', period: 'November 2026 (to 23 Nov 2026, incomplete)', value: '14.9%', status: 'On target' },
    ]);
  });

  it('names weeks by the day they end', () => {
    const rows = seriesRows(series('week').points, 'percent', 'week');
    expect(rows[0].period).toBe('Week to 31 Aug 2026');
  });

  it('breaks the line where a value is missing and plots the target inside the axis', () => {
    const geometry = chartGeometry(series().points, 15, BOX);
    expect(geometry.paths).toHaveLength(2);
    expect(geometry.plotted).toHaveLength(3);
    expect(geometry.targetY).toBeGreaterThan(BOX.top);
    expect(geometry.targetY).toBeLessThan(BOX.height - BOX.bottom);
    // Higher values sit higher on the chart (smaller y).
    expect(geometry.plotted[0].y).toBeLessThan(geometry.plotted[2].y);
  });

  it('chooses round axis steps from zero', () => {
    expect(niceStep(3.2)).toBe(5);
    expect(niceStep(0.7)).toBe(1);
    expect(yAxis([14.9, 20.1, 15])).toEqual({ min: 0, max: 30, ticks: [0, 10, 20, 30] });
    expect(yAxis([2, 7])).toEqual({ min: 0, max: 8, ticks: [0, 2, 4, 6, 8] });
  });

  it('summarises the series for the text alternative', () => {
    expect(seriesSummary(series().points, 'percent', 'month')).toBe(
      'From 20.1% (August 2026) to 14.9% (November 2026 (to 23 Nov 2026, incomplete)); lowest 14.9%, highest 20.1%.',
    );
  });
});
