import { useId, useState, type FormEvent } from 'react';
import { isApiError } from '@/lib/api-client';
import { problemMessage } from '@/components/errors/query-error';
import { useReadReportCommentary, type CommentaryKey } from '../api/get-report-commentary';
import { useSetReportCommentary } from '../api/set-report-commentary';

export const COMMENTARY_MAX = 4000;

/** What to tell a lead whose save failed; a conflict says plainly that someone else got there first. */
export function commentaryFailure(error: unknown): string {
  if (isApiError(error) && error.status === 412) {
    return 'Someone else changed this commentary since you opened the report. Their version is shown below; your text is still in the box. Save again to replace theirs with yours.';
  }
  if (isApiError(error) && error.status === 400) {
    const violation = error.problem.violations?.[0];
    return violation ? `Commentary ${violation.detail}` : (error.detail ?? error.title);
  }
  if (isApiError(error) && error.status === 401) return 'Your session has ended. Sign in again, then save the commentary.';
  return problemMessage(error) ?? (isApiError(error) ? (error.detail ?? error.title) : 'The commentary could not be saved.');
}

/**
 * The commentary on one measure of the monthly report. A lead writes and saves it with the version
 * they read (If-Match); anyone else reads it. When printed, the text shows as a paragraph.
 */
export function CommentaryBox({
  commentaryKey,
  measureName,
  initialText,
  initialVersion,
  canWrite,
}: {
  commentaryKey: CommentaryKey;
  measureName: string;
  initialText: string;
  initialVersion: number;
  canWrite: boolean;
}) {
  const id = useId();
  const fieldId = `commentary-${commentaryKey.measureId}`;
  const [text, setText] = useState(initialText);
  const [saved, setSaved] = useState({ text: initialText, etag: `"${initialVersion}"` });
  const [theirs, setTheirs] = useState<string>();
  const [localError, setLocalError] = useState<string>();
  const save = useSetReportCommentary();
  const reread = useReadReportCommentary();

  if (!canWrite) {
    return (
      <div className="wi-commentary">
        <h4 className="wi-heading-s">Commentary</h4>
        <p className="wi-commentary__text">{initialText || 'No commentary for this month.'}</p>
      </div>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setLocalError(undefined);
    if (text.length > COMMENTARY_MAX) {
      setLocalError(`Commentary must be ${COMMENTARY_MAX.toLocaleString('en-GB')} characters or fewer`);
      document.getElementById(fieldId)?.focus();
      return;
    }
    save.mutate(
      { ...commentaryKey, text, etag: saved.etag },
      {
        onSuccess: (result) => {
          setSaved({ text: result.commentary.text, etag: result.etag });
          setTheirs(undefined);
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 412) {
            // show what the other person wrote, and take their version so the next save is deliberate
            reread.mutate(commentaryKey, {
              onSuccess: (latest) => {
                setTheirs(latest.commentary.text);
                setSaved({ text: latest.commentary.text, etag: latest.etag });
              },
            });
          }
        },
      },
    );
  }

  const error = localError ?? (save.isError ? commentaryFailure(save.error) : undefined);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const changed = text !== saved.text;
  return (
    <form className={error ? 'wi-commentary wi-form-group wi-form-group--error' : 'wi-commentary'} onSubmit={submit} noValidate>
      <label className="wi-label" htmlFor={fieldId}>
        Commentary <span className="wi-visually-hidden">on {measureName}</span>
      </label>
      <div className="wi-hint wi-no-print" id={hintId}>
        What lies behind the figure and what is being done about it. Up to {COMMENTARY_MAX.toLocaleString('en-GB')} characters.
      </div>
      {error && (
        <p className="wi-error-message" id={errorId} role="alert">
          <span className="wi-visually-hidden">Error:</span> {error}
        </p>
      )}
      <textarea
        className="wi-textarea wi-no-print"
        id={fieldId}
        name={fieldId}
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
      />
      <p className="wi-print-only wi-commentary__text">{saved.text || 'No commentary for this month.'}</p>
      {theirs !== undefined && (
        <div className="wi-inset wi-no-print">
          <p className="wi-heading-s">Their version</p>
          <p className="wi-commentary__text">{theirs || '(They cleared the commentary.)'}</p>
        </div>
      )}
      <div className="wi-button-group wi-no-print">
        <button type="submit" className="wi-button wi-button--secondary" aria-disabled={save.isPending || undefined}>
          Save commentary <span className="wi-visually-hidden">on {measureName}</span>
        </button>
        <p className="wi-commentary__status" aria-live="polite">
          {save.isPending ? 'Saving…' : save.isSuccess && !changed ? 'Commentary saved.' : changed ? 'Not saved yet.' : ''}
        </p>
      </div>
    </form>
  );
}
