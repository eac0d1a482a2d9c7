import type { DateParts } from '../utils/form-errors';

/**
 * A GOV.UK date input: day, month and year boxes in one fieldset, with a hint
 * and an error message read with the legend. The day box's id is `${id}-day`,
 * which an error summary links to.
 */
export function DateInput({
  id,
  legend,
  hint,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  hint?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  error?: string;
}) {
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  const box = (part: keyof DateParts, label: string, width: string) => (
    <div className="wi-date-input__item">
      <label className="wi-label" htmlFor={`${id}-${part}`}>
        {label}
      </label>
      <input
        className="wi-input"
        style={{ width }}
        id={`${id}-${part}`}
        name={`${id}-${part}`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value[part]}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange({ ...value, [part]: event.target.value })}
      />
    </div>
  );
  return (
    <div className={error ? 'wi-form-group wi-form-group--error' : 'wi-form-group'}>
      <fieldset className="wi-fieldset" role="group" aria-describedby={describedBy || undefined}>
        <legend className="wi-label">{legend}</legend>
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
        <div className="wi-as-at__row">
          {box('day', 'Day', '3.5em')}
          {box('month', 'Month', '3.5em')}
          {box('year', 'Year', '5em')}
        </div>
      </fieldset>
    </div>
  );
}
