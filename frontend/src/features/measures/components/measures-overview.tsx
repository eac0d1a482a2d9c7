import { useDeferredValue, useMemo } from 'react';
import { Link } from 'react-router';
import { isApiError } from '@/lib/api-client';
import { paths } from '@/config/paths';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Loading } from '@/components/ui/loading';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError, problemItems } from '@/components/errors/query-error';
import { addMonths, formatDate, todayIso } from '@/utils/format';
import { useMeasureDefinitions, type MeasureDefinition } from '../api/get-measure-definitions';
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
  // The tiles are drawn as a background render that React splits into slices of a few milliseconds,
  // so building some forty of them does not block the page (a phone would otherwise freeze for a
  // moment each time); the heading, the date and the form are drawn first.
  // They wait for the earlier months too, so that they are drawn once, with their trends, not twice.
  const trendsLoading = !measures.earlierSettled;
  const shownGroups = useDeferredValue(trendsLoading ? NO_GROUPS : groups, NO_GROUPS);
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
      {(trendsLoading || shownGroups !== groups) && shownGroups.length === 0 && <Loading label="Loading the measures…" />}
      {shownGroups.map((group) => (
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
    </>
  );
}

const NO_GROUPS: { title: string; items: (TileData & { measure: TileData['result']['measure'] })[] }[] = [];

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
