import { ScrollRegion } from '@/components/ui/scroll-region';
import { formatDate, formatShortDate } from '@/utils/format';
import type { CaseloadPoint } from '../api/get-caseload-history';

/** The chart's words: the range, lowest, highest and latest count, so nothing is only a shape. */
export function trendText(points: CaseloadPoint[]): string {
  if (points.length === 0) return 'No caseload counts were recorded in this period.';
  const counts = points.map((point) => point.cases);
  const latest = points[points.length - 1];
  return (
    `${points.length} ${points.length === 1 ? 'count' : 'counts'} from ${formatDate(points[0].snapshotDate)} to ` +
    `${formatDate(latest.snapshotDate)}: lowest ${Math.min(...counts)}, highest ${Math.max(...counts)}, ` +
    `latest ${latest.cases} on ${formatDate(latest.snapshotDate)}.`
  );
}

const WIDTH = 600;
const HEIGHT = 220;
const LEFT = 40;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 32;

/**
 * A small line chart of a worker's caseload counts with the same figures in a
 * table below it. The chart is an image whose text alternative summarises it.
 */
export function CaseloadTrend({ points, threshold }: { points: CaseloadPoint[]; threshold?: number }) {
  const summary = trendText(points);
  if (points.length === 0) return <p>{summary}</p>;
  const counts = points.map((point) => point.cases);
  const max = Math.max(1, ...counts, threshold ?? 0);
  const x = (index: number) =>
    points.length === 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2 : LEFT + (index / (points.length - 1)) * (WIDTH - LEFT - RIGHT);
  const y = (value: number) => TOP + (1 - value / max) * (HEIGHT - TOP - BOTTOM);
  const line = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(point.cases).toFixed(1)}`).join(' ');
  return (
    <>
      <figure className="wi-chart">
        <svg className="wi-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Caseload trend. ${summary}`}>
          {[0, max].map((value) => (
            <g key={value}>
              <line className="wi-chart__grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(value)} y2={y(value)} />
              <text className="wi-chart__label" x={LEFT - 6} y={y(value) + 5} textAnchor="end">
                {value}
              </text>
            </g>
          ))}
          {threshold !== undefined && (
            <line className="wi-chart__target" x1={LEFT} x2={WIDTH - RIGHT} y1={y(threshold)} y2={y(threshold)} />
          )}
          <path className="wi-chart__line" d={line} />
          {points.map((point, index) => (
            <circle key={point.snapshotDate} className="wi-chart__point" cx={x(index)} cy={y(point.cases)} r={3} />
          ))}
          <text className="wi-chart__label" x={LEFT} y={HEIGHT - 8}>
            {formatShortDate(points[0].snapshotDate)}
          </text>
          <text className="wi-chart__label" x={WIDTH - RIGHT} y={HEIGHT - 8} textAnchor="end">
            {formatShortDate(points[points.length - 1].snapshotDate)}
          </text>
        </svg>
        <figcaption className="wi-chart__key">
          <span className="wi-chart__key-line" aria-hidden="true" /> Cases held
          {threshold !== undefined && (
            <>
              <span className="wi-chart__key-target" aria-hidden="true" /> Threshold ({threshold})
            </>
          )}
        </figcaption>
      </figure>
      <p>{summary}</p>
      <details>
        <summary>Show the counts as a table</summary>
        <ScrollRegion label="Caseload counts">
          <table className="wi-table">
            <caption className="wi-table__caption">Caseload counts, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col" className="wi-numeric">
                  Cases
                </th>
              </tr>
            </thead>
            <tbody>
              {[...points].reverse().map((point) => (
                <tr key={point.snapshotDate}>
                  <td>{formatDate(point.snapshotDate)}</td>
                  <td className="wi-numeric">{point.cases}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </>
  );
}
