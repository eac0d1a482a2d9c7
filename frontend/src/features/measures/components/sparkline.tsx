import type { components } from '@/api/schema';
import { formatMonth } from '@/utils/format';
import { formatValue } from '../utils/format-measure';

type MeasureUnit = components['schemas']['MeasureUnit'];

export interface SparkPoint {
  asAt: string;
  value: number | null | undefined;
}

/** The words a sparkline stands for: each month's figure, oldest first. */
export function sparklineText(points: SparkPoint[], unit: MeasureUnit): string {
  return `Trend, oldest first: ${points.map((point) => `${formatMonth(point.asAt)} ${formatValue(point.value, unit)}`).join('; ')}`;
}

/**
 * A small line of the last few figures. It is an image whose text alternative
 * lists the same figures, so nothing is shown only as a shape.
 */
export function Sparkline({ points, unit, width = 120, height = 32 }: { points: SparkPoint[]; unit: MeasureUnit; width?: number; height?: number }) {
  const values = points.map((point) => point.value).filter((value): value is number => typeof value === 'number');
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = 3;
  const x = (index: number) => pad + (index / (points.length - 1)) * (width - 2 * pad);
  const y = (value: number) => (max === min ? height / 2 : pad + (1 - (value - min) / (max - min)) * (height - 2 * pad));
  let d = '';
  let pen = false;
  points.forEach((point, index) => {
    if (typeof point.value !== 'number') {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(index).toFixed(1)} ${y(point.value).toFixed(1)} `;
    pen = true;
  });
  const last = points.length - 1;
  const lastValue = points[last].value;
  return (
    <svg
      className="wi-sparkline"
      role="img"
      aria-label={sparklineText(points, unit)}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      focusable="false"
    >
      <path d={d.trim()} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      {typeof lastValue === 'number' && <circle cx={x(last)} cy={y(lastValue)} r="3" fill="currentColor" />}
    </svg>
  );
}
