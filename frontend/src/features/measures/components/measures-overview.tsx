import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '@/lib/api-client';
import { paths } from '@/config/paths';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Loading } from '@/components/ui/loading';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError, problemItems } from '@/components/errors/query-error';
import { addMonths, formatDate, todayIso } from '@/utils/format';
import { useMeasureDefinitions, type MeasureDefinition } from '@/hooks/use-measure-definitions';
import { useNodeMeasuresAt, type NodeMeasures } from '../api/get-node-measures';
import { groupMeasures } from '../utils/format-measure';
import { MeasureTile, type TileData } from './measure-tile';
import { NodeDateForm, type NodeChoice } from './node-date-form';

/** How many monthly figures each tile's trend shows, this one included. */
export const TREND_MONTHS = 6;

/** The as-at dates the overview asks for: the date shown, then a month earlier, and so on. */
export function trendDates(asAt: string, months = TREND_MONTHS): string[] {
  return Array.from({ length: months }, (_, index) => addMonths(asAt, -index));
}

/** Each measure's tile data from the answers at each date (the first is the date shown). */
export function tiles(definitions: MeasureDefinition[], answers: (NodeMeasures | undefined)[]): TileData[] {
  const [current, ...earlier] = answers;
  if (!current) return [];
  const byId = new Map(definitions.map((definition) => [definition.id, definition]));
  const valueAt = (answer: NodeMeasures | undefined, id: string) =>
    answer?.measures.find((result) => result.measure === id)?.value;
  return current.measures.flatMap((result) => {
    const definition = byId.get(result.measure);
    if (!definition) return [];
    const previousAnswer = earlier[0];
    const history = [...earlier].reverse().filter((answer): answer is NodeMeasures => answer !== undefined);
    return [
      {
        definition,
        result,
        previous: previousAnswer ? { asAt: previousAnswer.asAt, value: valueAt(previousAnswer, result.measure) } : undefined,
        trend: [...history.map((answer) => ({ asAt: answer.asAt, value: valueAt(answer, result.measure) })), { asAt: current.asAt, value: result.value }],
      },
    ];
  });
}

/**
 * The overview: every measure for a council, service or team as at a date, as
 * tiles grouped by theme, each with its RAG status, target, change since a
 * month before and a six-month trend.
 */
export function MeasuresOverview({
  nodes,
  nodeId,
  asAt,
  onChange,
}: {
  nodes: NodeChoice[];
  nodeId: string;
  asAt?: string;
  onChange: (nodeId: string, asAt: string) => void;
}) {
  const shownDate = asAt ?? todayIso();
  const definitions = useMeasureDefinitions();
  const measures = useNodeMeasuresAt(nodeId, trendDates(shownDate));
  const current = measures.results[0];
  // Worked out again only when the answers change, so that the tiles (memoised) are not redrawn otherwise.
  const groups = useMemo(
    () =>
      definitions.data
        ? groupMeasures(tiles(definitions.data, measures.results).map((tile) => ({ ...tile, measure: tile.result.measure })))
        : [],
    [definitions.data, measures.results],
  );
  // The tiles wait for the earlier months too, so that they are drawn once, with their trends, not twice.
  const trendsLoading = !measures.earlierSettled;
  const tileSlices = useSlices(trendsLoading ? NO_GROUPS : groups, TILES_PER_SLICE);
  usePageTitle(current ? `Overview of ${current.node.name}` : 'Overview');

  const error = definitions.error ?? measures.error;
  const badRequest = isApiError(error) && error.status === 400;
  if (error && !badRequest) return <QueryError error={error} what="part of the organisation" />;

  const form = (
    <NodeDateForm key={`${nodeId}-${shownDate}`} nodes={nodes} nodeId={nodeId} asAt={shownDate} onSubmit={onChange} />
  );
  if (badRequest) {
    return (
      <>
        <ErrorSummary items={problemItems(error, { asAt: 'as-at' }, { asAt: 'As at' })} />
        <h1 className="wi-heading-l">Overview</h1>
        {form}
      </>
    );
  }
  if (definitions.isPending || measures.isPending || !current || !definitions.data) {
    return <Loading label="Loading the measures…" />;
  }

  return (
    <>
      <h1 className="wi-heading-l">
        <span className="wi-caption">Overview</span> {current.node.name}
      </h1>
      <p className="wi-lead">
        Every workforce measure as at {formatDate(current.asAt)}. Period measures cover {formatDate(current.periodStart)} to{' '}
        {formatDate(current.asAt)}. Choose a measure to see it for each part of {current.node.name} and the workers behind it.
      </p>
      {form}
      <p>
        <Link to={paths.trends.getHref({ nodeId })}>Trends over time</Link>
        {' · '}
        <Link to={paths.benchmarks.getHref()}>Benchmarks against England, region and comparators</Link>
      </p>
      <p className="wi-secondary-text">Each tile&apos;s trend shows the last {TREND_MONTHS} months, oldest first.</p>
      {tileSlices.shown.map((group) => (
        <section className="wi-section" key={group.title} aria-labelledby={`group-${slug(group.title)}`}>
          <h2 className="wi-heading-m" id={`group-${slug(group.title)}`}>
            {group.title}
          </h2>
          <ul className="wi-tiles">
            {group.items.map((tile) => (
              <MeasureTile key={tile.measure} tile={tile} nodeId={nodeId} asAt={asAt} />
            ))}
          </ul>
        </section>
      ))}
      {/* Holds the place while the tiles load, then while the rest of them are drawn (below the first screen). */}
      {/* A new element for each slice (the key), not one pushed down the screen: a moved element counts as a layout shift. */}
      {(trendsLoading || tileSlices.drawing) && <Loading key={trendsLoading ? 'trends' : tileSlices.count} label="Loading the measures…" />}
    </>
  );
}

/** How many tiles are drawn in one go: a few milliseconds' work, even on a slow phone. */
const TILES_PER_SLICE = 4;

type Group<T> = { title: string; items: T[] };

/**
 * The groups, drawn a slice of tiles at a time: the first slice with the page, each further one
 * in a task of its own. Drawing some forty tiles (about 700 elements) at once blocks a phone's
 * main thread for a long moment; in small slices, the page stays responsive while the rest of the
 * tiles (mostly below the first screen) are added underneath. New groups start again.
 */
export function useSlices<T>(groups: Group<T>[], perSlice: number): { shown: Group<T>[]; count: number; drawing: boolean } {
  const total = groups.reduce((sum, group) => sum + group.items.length, 0);
  const [drawn, setDrawn] = useState({ groups, count: perSlice });
  // New groups (another node or date) start from the first slice again.
  const count = drawn.groups === groups ? drawn.count : perSlice;
  if (drawn.groups !== groups) setDrawn({ groups, count });
  const drawing = count < total;
  useEffect(() => {
    if (!drawing) return undefined;
    // A timer, not a microtask: the browser gets to paint and handle input between slices.
    const timer = setTimeout(() => setDrawn((now) => (now.groups === groups ? { groups, count: now.count + perSlice } : now)), 0);
    return () => clearTimeout(timer);
  }, [groups, count, drawing, perSlice]);
  return useMemo(() => {
    let left = count;
    const shown = groups.flatMap((group) => {
      if (left <= 0) return [];
      const items = group.items.slice(0, left);
      left -= items.length;
      return [{ ...group, items }];
    });
    return { shown, count, drawing };
  }, [groups, count, drawing]);
}

const NO_GROUPS: { title: string; items: (TileData & { measure: TileData['result']['measure'] })[] }[] = [];

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
