import { useId, useState } from 'react';
import type { components } from '@/api/schema';
import { formatShortDate } from '@/utils/format';
import { chartGeometry, seriesRows, seriesSummary } from '../utils/chart';
import { formatNumber, formatValue } from '../utils/format-measure';

type MeasureSeries = components['schemas']['MeasureSeries'];
type MeasureUnit = components['schemas']['MeasureUnit'];

const BOX = { width: 640, height: 300, left: 64, right: 16, top: 16, bottom: 40 };

/**
 * A line chart of a series with its target as a dashed line, drawn as inline
 * SVG. The chart is one image with a summary for its text alternative; the
 * same points are in a table that screen readers always get and anyone can
 * show.
 */
export function TrendChart({ series, unit, measureName }: { series: MeasureSeries; unit: MeasureUnit; measureName: string }) {
  const [tableShown, setTableShown] = useState(false);
  const tableId = useId();
  const points = series.points;
  const geometry = chartGeometry(points, series.target?.target, BOX);
  const rows = seriesRows(points, unit, series.granularity);
  const title = `${measureName} in ${series.node.name}, ${formatShortDate(series.from)} to ${formatShortDate(series.to)}`;
  const labelEvery = Math.max(1, Math.ceil(points.length / 6));
  return (
    <figure className="wi-chart">
      <svg
        className="wi-chart__svg"
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-label={`Line chart of ${title}. ${seriesSummary(points, unit, series.granularity)}${
          series.target ? ` Target ${formatValue(series.target.target, unit)}.` : ''
        } The same figures are in the table below.`}
        focusable="false"
      >
        {geometry.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={BOX.left} x2={BOX.width - BOX.right} y1={tick.y} y2={tick.y} className="wi-chart__grid" />
            <text x={BOX.left - 8} y={tick.y + 5} textAnchor="end" className="wi-chart__label">
              {formatNumber(tick.value, unit)}
            </text>
          </g>
        ))}
        {points.map((point, index) =>
          index % labelEvery === 0 || index === points.length - 1 ? (
            <text
              key={point.asAt}
              x={geometry.xOf(index)}
              y={BOX.height - 12}
              // The end labels stay inside the chart.
              textAnchor={index === 0 ? 'start' : index === points.length - 1 ? 'end' : 'middle'}
              className="wi-chart__label"
            >
              {formatShortDate(point.asAt)}
            </text>
          ) : null,
        )}
        {geometry.targetY !== undefined && (
          <g>
            <line
              x1={BOX.left}
              x2={BOX.width - BOX.right}
              y1={geometry.targetY}
              y2={geometry.targetY}
              className="wi-chart__target"
            />
            <text x={BOX.width - BOX.right} y={geometry.targetY - 6} textAnchor="end" className="wi-chart__label wi-chart__label--target">
              Target
            </text>
          </g>
        )}
        {geometry.paths.map((d) => (
          <path key={d} d={d} className="wi-chart__line" />
        ))}
        {geometry.plotted.map(({ x, y, point }) => (
          <circle key={point.asAt} cx={x} cy={y} r={points.length > 60 ? 2 : 4} className="wi-chart__point" />
        ))}
      </svg>
      <figcaption className="wi-chart__key">
        <span className="wi-chart__key-line" aria-hidden="true" /> {measureName}
        {series.target && (
          <>
            {' '}
            <span className="wi-chart__key-target" aria-hidden="true" /> Target ({formatValue(series.target.target, unit)})
          </>
        )}
      </figcaption>
      <button
        type="button"
        className="wi-button wi-button--secondary"
        aria-expanded={tableShown}
        aria-controls={tableId}
        onClick={() => setTableShown((shown) => !shown)}
      >
        {tableShown ? 'Hide the data table' : 'Show the data as a table'}
      </button>
      {/* Hidden from the eye only: screen reader users always have the table. */}
      <div id={tableId} className={tableShown ? 'wi-scroll-region' : 'wi-visually-hidden'}>
        <table className="wi-table">
          <caption className="wi-table__caption">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className="wi-numeric">
                {measureName}
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.period}</th>
                <td className="wi-numeric">{row.value}</td>
                <td>{row.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
