import { memo } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Tag } from '@/components/ui/tag';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { formatDate } from '@/utils/format';
import type { MeasureDefinition } from '@/hooks/use-measure-definitions';
import type { MeasureResult } from '../api/get-node-measures';
import { change, formatValue, ragText, targetText } from '../utils/format-measure';
import { Sparkline, type SparkPoint } from './sparkline';

export interface TileData {
  definition: MeasureDefinition;
  result: MeasureResult;
  /** The figure a month earlier, and its date, when loaded. */
  previous?: { asAt: string; value: number | null | undefined };
  /** Oldest first, ending with this figure. */
  trend: SparkPoint[];
}

/**
 * The change since the previous figure in words, and which way it went: the
 * tile shows an arrow for the way (in CSS, with no text alternative, as the
 * words already say it).
 */
export function changeSince(tile: TileData): { text: string; trend?: 'up' | 'down' | 'same' } {
  const { definition, result, previous } = tile;
  if (!previous) return { text: 'Not available' };
  const direction = result.target?.direction ?? definition.defaultDirection;
  const moved = change(result.value, previous.value, definition.unit, direction);
  if (!moved) return { text: 'Not available' };
  return { text: moved.better === undefined ? moved.text : `${moved.text} (${moved.better ? 'better' : 'worse'})`, trend: moved.trend };
}

/**
 * Memoised: the overview draws some forty of these, and redraws only those whose data changed.
 * Kept to few elements (the arrow in CSS, the trend link's full name in its label, no wrappers in
 * the list of facts), since drawing them all is what takes a phone's time on that page.
 */
export const MeasureTile = memo(function MeasureTile({ tile, nodeId, asAt }: { tile: TileData; nodeId: string; asAt?: string }) {
  const { definition, result, previous } = tile;
  const rag = ragText(result.rag, result.value, result.target !== undefined);
  const moved = changeSince(tile);
  return (
    <li className={`wi-tile wi-tile--${result.rag}`}>
      <h3 className="wi-tile__title">
        <Link to={paths.measure.getHref(result.measure, nodeId, asAt)}>{definition.name}</Link>
      </h3>
      <p className="wi-tile__value">{formatValue(result.value, definition.unit)}</p>
      <p className="wi-tile__status">
        <VisuallyHidden>Status: </VisuallyHidden>
        <Tag colour={rag.colour}>{rag.text}</Tag>
      </p>
      <dl className="wi-tile__facts">
        <dt>Target</dt>
        <dd>{targetText(result.target, definition.unit)}</dd>
        <dt>{previous ? `Since ${formatDate(previous.asAt)}` : 'Change'}</dt>
        <dd className={moved.trend === 'up' || moved.trend === 'down' ? `wi-change--${moved.trend}` : undefined}>{moved.text}</dd>
      </dl>
      <div className="wi-tile__trend">
        <Sparkline points={tile.trend} unit={definition.unit} />
        <Link to={paths.trends.getHref({ measure: result.measure, nodeId })} aria-label={`Trend of ${definition.name}`}>
          Trend
        </Link>
      </div>
    </li>
  );
});
