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
 *
 * One SVG with one path, the dot on the latest figure included: the overview
 * draws some forty of these, and each element costs time on a phone.
 */
export function Sparkline({ points, unit, width = 120, height = 32 }: { points: SparkPoint[]; unit: MeasureUnit; width?: number; height?: number }) {
  const d = sparklinePath(points, width, height);
  if (!d) return null;
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
      <path d={d} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The line through the figures (a gap where one is missing), then a dot on the
 * latest one: a circle of radius 1.5 whose 2-unit stroke fills it to radius 2.5.
 * Empty when fewer than two figures are known.
 */
export function sparklinePath(points: SparkPoint[], width: number, height: number): string {
  const values = points.map((point) => point.value).filter((value): value is number => typeof value === 'number');
  if (values.length < 2) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = 3;
  const x = (index: number) => (pad + (index / (points.length - 1)) * (width - 2 * pad)).toFixed(1);
  const y = (value: number) => (max === min ? height / 2 : pad + (1 - (value - min) / (max - min)) * (height - 2 * pad)).toFixed(1);
  const parts: string[] = [];
  let pen = false;
  points.forEach((point, index) => {
    if (typeof point.value !== 'number') {
      pen = false;
      return;
    }
    parts.push(`${pen ? 'L' : 'M'}${x(index)} ${y(point.value)}`);
    pen = true;
  });
  const last = points.length - 1;
  const lastValue = points[last].value;
  if (typeof lastValue === 'number') {
    parts.push(`M${x(last)} ${y(lastValue)}m-1.5 0a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0`);
  }
  return parts.join(' ');
}
