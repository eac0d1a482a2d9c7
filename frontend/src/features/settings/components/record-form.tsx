import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { isApiError } from '@/lib/api-client';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/ui/error-summary';
import { usePageTitle } from '@/components/ui/page-title';
import { problemItems } from '@/components/errors/query-error';
import { formErrors, type FieldSpec, type Values } from '../utils/fields';

/** The API's field errors by the contract's property name. */
function serverErrors(error: unknown, specs: FieldSpec[]): Record<string, string> {
  if (!isApiError(error) || error.status !== 400) return {};
  const errors: Record<string, string> = {};
  for (const violation of error.problem.violations ?? []) {
    const spec = specs.find((entry) => entry.name === violation.field.split('.')[0]);
    if (spec) errors[spec.name] ??= `${spec.label} ${violation.detail}`;
  }
  return errors;
}

/**
 * A GOV.UK question page for one kept setting: the fields, an error summary above them (checked
 * here first, then whatever the API refuses, naming the field), and Save or Cancel.
 */
export function RecordForm({
  title,
  caption,
  intro,
  fields,
  initial,
  backHref,
  backText,
  saving,
  saveError,
  onSave,
  history,
}: {
  title: string;
  caption: string;
  intro?: ReactNode;
  fields: FieldSpec[];
  initial: Values;
  backHref: string;
  backText: string;
  saving: boolean;
  saveError: unknown;
  onSave: (values: Values) => void;
  /** The setting's history, shown below the form. */
  history?: ReactNode;
}) {
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const fromServer = serverErrors(saveError, fields);
  const errors = Object.keys(localErrors).length ? localErrors : fromServer;
  const failed = Object.keys(errors).length > 0 || !!saveError;
  usePageTitle(`${failed ? 'Error: ' : ''}${title}`);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = formErrors(fields, values);
    setLocalErrors(found);
    setAttempt((count) => count + 1);
    if (Object.keys(found).length === 0) onSave(values);
  }

  const ids = Object.fromEntries(fields.map((field) => [field.name, field.id]));
  const labels = Object.fromEntries(fields.map((field) => [field.name, field.label]));
  const summary: ErrorSummaryItem[] = Object.keys(localErrors).length
    ? fields.filter((field) => localErrors[field.name]).map((field) => ({ key: field.name, text: localErrors[field.name], href: `#${field.id}` }))
    : saveError
      ? problemItems(saveError, ids, labels)
      : [];

  return (
    <>
      <Link className="wi-back-link" to={backHref}>
        {backText}
      </Link>
      {summary.length > 0 && <ErrorSummary key={attempt} items={summary} />}
      <h1 className="wi-heading-l">
        <span className="wi-caption">{caption}</span> {title}
      </h1>
      {intro}
      <form onSubmit={submit} noValidate>
        {fields.map((field) =>
          field.kind === 'yes-no' ? (
            <YesNo key={field.name} field={field} value={values[field.name] ?? ''} error={errors[field.name]} onChange={(value) => setValues({ ...values, [field.name]: value })} />
          ) : (
            <NumberInput key={field.name} field={field} value={values[field.name] ?? ''} error={errors[field.name]} onChange={(value) => setValues({ ...values, [field.name]: value })} />
          ),
        )}
        <div className="wi-button-group">
          <button type="submit" className="wi-button" aria-disabled={saving || undefined}>
            Save
          </button>
          <Link className="wi-link" to={backHref}>
            Cancel
          </Link>
        </div>
      </form>
      {history}
    </>
  );
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p className="wi-error-message" id={`${id}-error`}>
      <span className="wi-visually-hidden">Error:</span> {error}
    </p>
  );
}

function NumberInput({ field, value, error, onChange }: { field: FieldSpec; value: string; error?: string; onChange: (value: string) => void }) {
  const described = [field.hint ? `${field.id}-hint` : '', error ? `${field.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'wi-form-group wi-form-group--error' : 'wi-form-group'}>
      <label className="wi-label" htmlFor={field.id}>
        {field.label}
      </label>
      {field.hint && (
        <div className="wi-hint" id={`${field.id}-hint`}>
          {field.hint}
        </div>
      )}
      <ErrorText id={field.id} error={error} />
      <input
        className="wi-input wi-input--width-5"
        id={field.id}
        name={field.name}
        type="text"
        inputMode={field.kind === 'whole' ? 'numeric' : 'decimal'}
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
      />
      {field.suffix && <span className="wi-input__suffix"> {field.suffix}</span>}
    </div>
  );
}

function YesNo({ field, value, error, onChange }: { field: FieldSpec; value: string; error?: string; onChange: (value: string) => void }) {
  const described = [field.hint ? `${field.id}-hint` : '', error ? `${field.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'wi-form-group wi-form-group--error' : 'wi-form-group'}>
      <fieldset className="wi-fieldset" aria-describedby={described}>
        <legend className="wi-label">{field.label}</legend>
        {field.hint && (
          <div className="wi-hint" id={`${field.id}-hint`}>
            {field.hint}
          </div>
        )}
        <ErrorText id={field.id} error={error} />
        <div className="wi-radios wi-radios--inline">
          {(['yes', 'no'] as const).map((choice, index) => (
            <div className="wi-radios__item" key={choice}>
              <input
                className="wi-radios__input"
                type="radio"
                id={index === 0 ? field.id : `${field.id}-${choice}`}
                name={field.name}
                value={choice}
                checked={value === choice}
                onChange={() => onChange(choice)}
              />
              <label className="wi-radios__label" htmlFor={index === 0 ? field.id : `${field.id}-${choice}`}>
                {choice === 'yes' ? 'Yes' : 'No'}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
