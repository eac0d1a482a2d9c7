import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '@/lib/api-client';
import { paths } from '@/config/paths';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/ui/error-summary';
import { Loading } from '@/components/ui/loading';
import { usePageTitle } from '@/components/ui/page-title';
import { NotFound } from '@/components/errors/not-found';
import { QueryError, problemItems } from '@/components/errors/query-error';
import { useMeasureDefinitions, type MeasureId } from '@/hooks/use-measure-definitions';
import { useMeasureTargets, type MeasureTarget } from '../api/get-measure-targets';
import { targetIfMatch, useSetMeasureTarget, type MeasureTargetInput } from '../api/set-measure-target';
import { useDeleteMeasureTarget } from '../api/delete-measure-target';
import { useMeasureTargetRecordHistory } from '../api/get-measure-target-record-history';
import { RecordHistory } from '@/components/ui/record-history';
import { TARGET_HISTORY_FIELDS } from '../utils/history-fields';

/** The contract's field names and the inputs they belong to. */
export const TARGET_FIELD_IDS: Record<string, string> = {
  target: 'target',
  direction: 'direction',
  amberTolerance: 'amber-tolerance',
};
const FIELD_LABELS: Record<string, string> = { target: 'Target', direction: 'Better when', amberTolerance: 'Amber tolerance' };

interface Draft {
  target: string;
  direction: MeasureTargetInput['direction'] | '';
  amberTolerance: string;
}

/** Field errors before the request goes: numbers where numbers are needed, a direction chosen. */
export function validateTarget(draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (draft.target.trim() === '') errors.target = 'Enter a target';
  else if (!Number.isFinite(Number(draft.target))) errors.target = 'Target must be a number, like 15 or 12.5';
  if (!draft.direction) errors.direction = 'Select whether higher or lower is better';
  if (draft.amberTolerance.trim() === '') errors.amberTolerance = 'Enter an amber tolerance, or 0 for none';
  else if (!Number.isFinite(Number(draft.amberTolerance))) errors.amberTolerance = 'Amber tolerance must be a number, like 2';
  else if (Number(draft.amberTolerance) < 0) errors.amberTolerance = 'Amber tolerance must be 0 or more';
  return errors;
}

/** The API's field errors (problem+json violations) by field name. */
export function violationsByField(error: unknown): Record<string, string> {
  if (!isApiError(error) || error.status !== 400) return {};
  const result: Record<string, string> = {};
  for (const violation of error.problem.violations ?? []) {
    const field = violation.field.split('.')[0];
    result[field] ??= `${FIELD_LABELS[field] ?? field} ${violation.detail}`;
  }
  return result;
}

function draftOf(target: MeasureTarget | undefined, defaultDirection: MeasureTargetInput['direction']): Draft {
  return {
    target: target ? String(target.target) : '',
    direction: target?.direction ?? defaultDirection,
    amberTolerance: target ? String(target.amberTolerance) : '0',
  };
}

/** Sets, changes or removes one measure's target at the council or a node (workforce leads). */
export function TargetForm({ measureId, nodeId, nodeName }: { measureId: MeasureId; nodeId?: string; nodeName: string }) {
  const definitions = useMeasureDefinitions();
  const targets = useMeasureTargets(nodeId);
  const error = definitions.error ?? targets.error;
  if (error) return <QueryError error={error} what="target" />;
  if (!definitions.data || !targets.data) return <Loading label="Loading the target…" />;
  const definition = definitions.data.find((entry) => entry.id === measureId);
  if (!definition) return <NotFound heading="This measure could not be found" />;
  const target = targets.data.find((entry) => entry.measure === measureId);
  return (
    <TargetFormFields
      measureId={measureId}
      measureName={definition.name}
      nodeId={nodeId}
      nodeName={nodeName}
      current={target}
      initial={draftOf(target, definition.defaultDirection)}
    />
  );
}

function TargetFormFields({
  measureId,
  measureName,
  nodeId,
  nodeName,
  current,
  initial,
}: {
  measureId: MeasureId;
  measureName: string;
  nodeId?: string;
  nodeName: string;
  current?: MeasureTarget;
  initial: Draft;
}) {
  const navigate = useNavigate();
  const save = useSetMeasureTarget();
  const remove = useDeleteMeasureTarget();
  const [draft, setDraft] = useState(initial);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const own = current !== undefined && !current.inherited;
  // only the node's own target has a history here; an inherited one is the ancestor's record
  const recordId = own ? current.id : undefined;
  const history = useMeasureTargetRecordHistory(recordId ?? '', recordId !== undefined);
  const failure = save.error ?? remove.error;
  const serverErrors = violationsByField(failure);
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  usePageTitle(`${Object.keys(errors).length || failure ? 'Error: ' : ''}Target for ${measureName}`);
  const back = paths.settings.getHref(nodeId);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.reset();
    remove.reset();
    const found = validateTarget(draft);
    setLocalErrors(found);
    setAttempt((count) => count + 1);
    if (Object.keys(found).length) return;
    save.mutate(
      {
        measureId,
        nodeId,
        input: {
          target: Number(draft.target),
          direction: draft.direction as MeasureTargetInput['direction'],
          amberTolerance: Number(draft.amberTolerance),
        },
        ifMatch: targetIfMatch(current),
      },
      { onSuccess: () => void navigate(back) },
    );
  }

  function removeTarget() {
    save.reset();
    setLocalErrors({});
    remove.mutate({ measureId, nodeId, ifMatch: targetIfMatch(current) }, { onSuccess: () => void navigate(back) });
  }

  const summary: ErrorSummaryItem[] = Object.keys(localErrors).length
    ? Object.entries(localErrors).map(([field, text]) => ({ key: field, text, href: `#${TARGET_FIELD_IDS[field]}` }))
    : failure
      ? problemItems(failure, TARGET_FIELD_IDS, FIELD_LABELS)
      : [];

  return (
    <>
      <Link className="wi-back-link" to={back}>
        Back to targets
      </Link>
      {summary.length > 0 && <ErrorSummary key={attempt} items={summary} />}
      <h1 className="wi-heading-l">
        <span className="wi-caption">{nodeName}</span> Target for {measureName}
      </h1>
      {current?.inherited && (
        <p className="wi-inset">
          {nodeName} uses the target of {current.node?.name ?? 'the council'}. Saving sets its own target.
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <NumberField id="target" label="Target" value={draft.target} error={errors.target} onChange={(value) => setDraft({ ...draft, target: value })} />
        <div className={errors.direction ? 'wi-form-group wi-form-group--error' : 'wi-form-group'}>
          <fieldset className="wi-fieldset" aria-describedby={errors.direction ? 'direction-error' : undefined}>
            <legend className="wi-label">Better when the figure is</legend>
            {errors.direction && (
              <p className="wi-error-message" id="direction-error">
                <span className="wi-visually-hidden">Error:</span> {errors.direction}
              </p>
            )}
            <div className="wi-radios">
              {(
                [
                  ['lower-is-better', 'Lower (the target is a maximum)'],
                  ['higher-is-better', 'Higher (the target is a minimum)'],
                ] as const
              ).map(([value, label], index) => (
                <div className="wi-radios__item" key={value}>
                  <input
                    className="wi-radios__input"
                    type="radio"
                    id={index === 0 ? 'direction' : `direction-${value}`}
                    name="direction"
                    value={value}
                    checked={draft.direction === value}
                    onChange={() => setDraft({ ...draft, direction: value })}
                  />
                  <label className="wi-radios__label" htmlFor={index === 0 ? 'direction' : `direction-${value}`}>
                    {label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <NumberField
          id="amber-tolerance"
          label="Amber tolerance"
          hint="How far the figure may miss the target and show amber rather than red, in the measure's own units."
          value={draft.amberTolerance}
          error={errors.amberTolerance}
          onChange={(value) => setDraft({ ...draft, amberTolerance: value })}
        />
        <div className="wi-button-group">
          <button type="submit" className="wi-button" aria-disabled={save.isPending || undefined}>
            Save target
          </button>
          {own && (
            <button type="button" className="wi-button wi-button--warning" onClick={removeTarget} aria-disabled={remove.isPending || undefined}>
              Remove this target
            </button>
          )}
          <Link className="wi-link" to={back}>
            Cancel
          </Link>
        </div>
      </form>
      {recordId && <RecordHistory history={history} fields={TARGET_HISTORY_FIELDS} what="target" />}
    </>
  );
}

function NumberField({
  id,
  label,
  hint,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'wi-form-group wi-form-group--error' : 'wi-form-group'}>
      <label className="wi-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="wi-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="wi-error-message" id={`${id}-error`}>
          <span className="wi-visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        className="wi-input wi-input--width-10"
        id={id}
        name={id}
        type="text"
        inputMode="decimal"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
