import { useState, type FormEvent } from 'react';
import { isApiError } from '@/lib/api-client';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/ui/error-summary';
import { Loading } from '@/components/ui/loading';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError, problemItems } from '@/components/errors/query-error';
import { isIsoDate } from '@/utils/format';
import { useMeasureDefinitions, type MeasureId } from '@/hooks/use-measure-definitions';
import { useMeasureSeries, type Granularity } from '../api/get-measure-series';
import { targetText } from '../utils/format-measure';
import { NodeSelect, type NodeChoice } from './node-date-form';
import { TrendChart } from './trend-chart';

export interface TrendsChoice {
  nodeId: string;
  measure: MeasureId;
  granularity: Granularity;
  from: string;
  to: string;
}

const FIELD_IDS = { measure: 'measure', nodeId: 'node', granularity: 'granularity-week', from: 'from', to: 'to' };
const FIELD_LABELS = { measure: 'Measure', nodeId: 'Council, service or team', granularity: 'Show by', from: 'From', to: 'To' };

/** Checks the form before asking the API: both dates real, and in order. */
export function validateTrends(choice: TrendsChoice): { field: keyof typeof FIELD_IDS; text: string }[] {
  const errors: { field: keyof typeof FIELD_IDS; text: string }[] = [];
  if (!isIsoDate(choice.from)) errors.push({ field: 'from', text: 'Enter a real date for the start of the range' });
  if (!isIsoDate(choice.to)) errors.push({ field: 'to', text: 'Enter a real date for the end of the range' });
  if (errors.length === 0 && choice.from > choice.to) errors.push({ field: 'from', text: 'The start must be on or before the end' });
  return errors;
}

/** Trends: any measure for any node, by week or month over a range, against its target. */
export function MeasureTrends({
  nodes,
  choice,
  onChange,
}: {
  nodes: NodeChoice[];
  choice: TrendsChoice;
  onChange: (choice: TrendsChoice) => void;
}) {
  const definitions = useMeasureDefinitions();
  const series = useMeasureSeries({
    nodeId: choice.nodeId,
    measureId: choice.measure,
    from: choice.from,
    to: choice.to,
    granularity: choice.granularity,
  });
  const [draft, setDraft] = useState(choice);
  const [errors, setErrors] = useState<{ field: keyof typeof FIELD_IDS; text: string }[]>([]);
  const definition = definitions.data?.find((entry) => entry.id === choice.measure);
  usePageTitle(errors.length ? 'Error: Trends' : definition ? `Trend of ${definition.name}` : 'Trends');

  if (definitions.isError) return <QueryError error={definitions.error} what="measure" />;
  const apiError = series.error;
  const badRequest = isApiError(apiError) && apiError.status === 400;
  if (apiError && !badRequest) return <QueryError error={apiError} what="part of the organisation" />;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateTrends(draft);
    setErrors(found);
    if (found.length === 0) onChange(draft);
  }

  const errorFor = (field: keyof typeof FIELD_IDS) =>
    errors.find((error) => error.field === field)?.text ??
    (badRequest ? apiError.problem.violations?.find((violation) => violation.field === field)?.detail : undefined);
  const summaryItems: ErrorSummaryItem[] = errors.length
    ? errors.map((error) => ({ key: error.field, text: error.text, href: `#${FIELD_IDS[error.field]}` }))
    : badRequest
      ? problemItems(apiError, FIELD_IDS, FIELD_LABELS)
      : [];

  return (
    <>
      {summaryItems.length > 0 && <ErrorSummary items={summaryItems} />}
      <h1 className="wi-heading-l">
        <span className="wi-caption">Trends</span> {definition?.name ?? 'A measure over time'}
      </h1>
      <form className="wi-filter-form wi-filter-form--trends" onSubmit={submit} noValidate>
        <div className="wi-form-group">
          <label className="wi-label" htmlFor="measure">
            Measure
          </label>
          <select
            className="wi-select"
            id="measure"
            value={draft.measure}
            onChange={(event) => setDraft({ ...draft, measure: event.target.value as MeasureId })}
          >
            {(definitions.data ?? []).map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
        </div>
        {nodes.length > 1 && (
          <NodeSelect id="node" nodes={nodes} value={draft.nodeId} onChange={(nodeId) => setDraft({ ...draft, nodeId })} />
        )}
        <fieldset className="wi-fieldset">
          <legend className="wi-label">Show by</legend>
          <div className="wi-radios wi-radios--inline">
            {(['week', 'month'] as const).map((granularity) => (
              <div className="wi-radios__item" key={granularity}>
                <input
                  className="wi-radios__input"
                  type="radio"
                  id={`granularity-${granularity}`}
                  name="granularity"
                  value={granularity}
                  checked={draft.granularity === granularity}
                  onChange={() => setDraft({ ...draft, granularity })}
                />
                <label className="wi-radios__label" htmlFor={`granularity-${granularity}`}>
                  {granularity === 'week' ? 'Week' : 'Month'}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <DateField id="from" label="From" value={draft.from} error={errorFor('from')} onChange={(from) => setDraft({ ...draft, from })} />
        <DateField id="to" label="To" value={draft.to} error={errorFor('to')} onChange={(to) => setDraft({ ...draft, to })} />
        <button type="submit" className="wi-button wi-button--secondary">
          Show
        </button>
      </form>

      {definition && <p>{definition.definition}</p>}
      {series.isPending || !definition ? (
        <Loading label="Loading the trend…" />
      ) : series.data ? (
        <>
          <p>Target: {targetText(series.data.target, definition.unit)}.</p>
          {series.data.points.length === 0 ? (
            <p>There are no complete periods in this range.</p>
          ) : (
            <TrendChart series={series.data} unit={definition.unit} measureName={definition.name} />
          )}
        </>
      ) : null}
    </>
  );
}

function DateField({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className={error ? 'wi-form-group wi-form-group--error' : 'wi-form-group'}>
      <label className="wi-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p className="wi-error-message" id={`${id}-error`}>
          <span className="wi-visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        className="wi-input"
        id={id}
        type="date"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
