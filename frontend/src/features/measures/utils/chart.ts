import type { components } from '@/api/schema';
import { formatMonth, formatShortDate } from '@/utils/format';
import { RAG_WORDS } from '@/utils/labels';
import { formatValue } from './format-measure';

type SeriesPoint = components['schemas']['SeriesPoint'];
type MeasureUnit = components['schemas']['MeasureUnit'];
type Granularity = components['schemas']['Granularity'];

/** A step of 1, 2 or 5 times a power of ten, near the given rough step. */
export function niceStep(rough: number): number {
  if (!(rough > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * The y axis for some values: from zero (or the lowest value, if negative) to
 * a round number above the highest, in about four steps. A target line is
 * always inside it.
 */
export function yAxis(values: number[]): { min: number; max: number; ticks: number[] } {
  if (values.length === 0) return { min: 0, max: 1, ticks: [0, 1] };
  const low = Math.min(0, ...values);
  const high = Math.max(...values);
  const span = high - low || Math.abs(high) || 1;
  const step = niceStep(span / 4);
  const min = Math.floor(low / step) * step;
  let max = Math.ceil(high / step) * step;
  if (max <= min) max = min + step;
  const ticks: number[] = [];
  for (let tick = min; tick <= max + step / 2; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6);
  return { min, max, ticks };
}

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PlottedPoint {
  x: number;
  y: number;
  point: SeriesPoint;
}

export interface ChartGeometry {
  /** One SVG path per run of points with values (a missing value breaks the line). */
  paths: string[];
  plotted: PlottedPoint[];
  yTicks: { value: number; y: number }[];
  targetY?: number;
  xOf: (index: number) => number;
}

export function chartGeometry(points: SeriesPoint[], target: number | undefined, box: ChartBox): ChartGeometry {
  const values = points.flatMap((point) => (point.value === null || point.value === undefined ? [] : [point.value]));
  const axis = yAxis(target === undefined ? values : [...values, target]);
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const xOf = (index: number) =>
    box.left + (points.length <= 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth);
  const yOf = (value: number) => box.top + plotHeight - ((value - axis.min) / (axis.max - axis.min)) * plotHeight;
  const round = (n: number) => Math.round(n * 10) / 10;

  const plotted: PlottedPoint[] = [];
  const paths: string[] = [];
  let current = '';
  points.forEach((point, index) => {
    if (point.value === null || point.value === undefined) {
      if (current) paths.push(current);
      current = '';
      return;
    }
    const x = round(xOf(index));
    const y = round(yOf(point.value));
    plotted.push({ x, y, point });
    current += `${current ? ' L' : 'M'}${x} ${y}`;
  });
  if (current) paths.push(current);

  return {
    paths,
    plotted,
    yTicks: axis.ticks.map((value) => ({ value, y: round(yOf(value)) })),
    targetY: target === undefined ? undefined : round(yOf(target)),
    xOf,
  };
}

/** How a period is named: weeks by the day they end, months by name, quarters and years by their end. */
export function periodLabel(point: SeriesPoint, granularity: Granularity): string {
  const label = granularity === 'month' ? formatMonth(point.periodStart) : `Week to ${formatShortDate(point.asAt)}`;
  const named =
    granularity === 'month' || granularity === 'week'
      ? label
      : `${formatShortDate(point.periodStart)} to ${formatShortDate(point.asAt)}`;
  return point.partial ? `${named} (to ${formatShortDate(point.asAt)}, incomplete)` : named;
}

export interface SeriesRow {
  key: string;
  period: string;
  value: string;
  status: string;
}

/** The chart's data as table rows: the same points, in the same order, in words. */
export function seriesRows(points: SeriesPoint[], unit: MeasureUnit, granularity: Granularity): SeriesRow[] {
  return points.map((point) => ({
    key: point.asAt,
    period: periodLabel(point, granularity),
    value: formatValue(point.value, unit),
    status: RAG_WORDS[point.rag]?.text ?? point.rag,
  }));
}

/** A one-sentence summary of a series for the chart's text alternative. */
export function seriesSummary(points: SeriesPoint[], unit: MeasureUnit, granularity: Granularity): string {
  const withValues = points.filter((point) => point.value !== null && point.value !== undefined);
  if (withValues.length === 0) return 'No values in this range.';
  const first = withValues[0];
  const last = withValues[withValues.length - 1];
  const values = withValues.map((point) => point.value as number);
  return (
    `From ${formatValue(first.value, unit)} (${periodLabel(first, granularity)}) to ${formatValue(last.value, unit)} ` +
    `(${periodLabel(last, granularity)}); lowest ${formatValue(Math.min(...values), unit)}, highest ${formatValue(Math.max(...values), unit)}.`
  );
}
