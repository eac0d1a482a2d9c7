import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isIsoDate } from '@/utils/format';

export const AS_AT_FIELD_ID = 'as-at';

/** Chooses the date the caseloads are shown for (ISO 8601, YYYY-MM-DD). */
export function AsAtForm({
  value,
  onChange,
  errorMessage,
}: {
  value: string;
  onChange: (asAt: string) => void;
  errorMessage?: string;
}) {
  const [draft, setDraft] = useState(value);
  const [localError, setLocalError] = useState<string>();
  const [failedAttempts, setFailedAttempts] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const error = localError ?? errorMessage;

  // After a rejected date, focus goes to the field, whose description now
  // includes the error message, so that a screen reader user hears it.
  useEffect(() => {
    if (failedAttempts > 0) input.current?.focus();
  }, [failedAttempts]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isIsoDate(draft)) {
      setLocalError('Enter a real date');
      setFailedAttempts((count) => count + 1);
      return;
    }
    setLocalError(undefined);
    onChange(draft);
  }

  return (
    <form className="wi-as-at" onSubmit={submit} noValidate>
      <div className={error ? 'wi-form-group wi-form-group--error' : 'wi-form-group'}>
        <label className="wi-label" htmlFor={AS_AT_FIELD_ID}>
          Show caseloads as at
        </label>
        <div className="wi-hint" id={`${AS_AT_FIELD_ID}-hint`}>
          Each worker&apos;s latest weekly count in the 7 days up to this date
        </div>
        {error && (
          <p className="wi-error-message" id={`${AS_AT_FIELD_ID}-error`}>
            <span className="wi-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="wi-as-at__row">
          <input
            ref={input}
            className="wi-input"
            id={AS_AT_FIELD_ID}
            name="asAt"
            type="date"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            aria-describedby={error ? `${AS_AT_FIELD_ID}-hint ${AS_AT_FIELD_ID}-error` : `${AS_AT_FIELD_ID}-hint`}
            aria-invalid={error ? true : undefined}
          />
          <button type="submit" className="wi-button wi-button--secondary">
            Show
          </button>
        </div>
      </div>
    </form>
  );
}
