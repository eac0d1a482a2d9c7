import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import type { SupervisionSession } from '../api/list-supervision-sessions';
import { useSaveSupervisionSession, type SupervisionSessionInput } from '../api/save-supervision-session';
import { DateInput } from './date-input';
import { SupervisorSelect, NOT_LISTED, type SupervisorTeam } from './supervisor-select';
import {
  dateParts,
  errorsFromProblem,
  hasErrors,
  isoFromParts,
  NO_ERRORS,
  pastDateError,
  summaryItems,
  type DateParts,
  type FormErrors,
} from '../utils/form-errors';

type SessionType = SupervisionSessionInput['sessionType'];

const SESSION_TYPES: { value: SessionType; label: string; hint?: string }[] = [
  { value: 'one-to-one', label: 'One to one' },
  { value: 'group', label: 'Group' },
  { value: 'observed', label: 'Observed practice' },
];

/** Each field's id on the page: the error summary links to it. */
export const SUPERVISION_FIELD_IDS: Record<string, string> = {
  sessionDate: 'session-date-day',
  durationMinutes: 'duration-minutes',
  sessionType: 'session-type-one-to-one',
  superviseeId: 'session-date-day',
  supervisorId: 'supervisor-id',
};

/** The label the API's messages are put after ("Date of the session must …"). */
const LABELS: Record<string, string> = {
  sessionDate: 'Date of the session',
  durationMinutes: 'Duration',
  sessionType: 'Type of session',
  superviseeId: 'Worker',
  supervisorId: 'Supervisor',
};

const ORDER = ['sessionDate', 'durationMinutes', 'sessionType', 'supervisorId', 'superviseeId'];

interface Draft {
  date: DateParts;
  duration: string;
  type: SessionType | '';
  /** A worker's id, NOT_LISTED for someone the list does not hold, or '' before a choice. */
  supervisor: string;
}

/** The checks the form makes before sending; the API checks the same again. */
export function validateSupervision(draft: Draft, today?: string): FormErrors {
  const fields: Record<string, string> = {};
  const date = pastDateError(draft.date, 'the date of the session', today);
  if (date) fields.sessionDate = date;
  const duration = draft.duration.trim();
  if (duration === '') fields.durationMinutes = 'Enter how long the session lasted, in minutes';
  else if (!/^\d+$/.test(duration) || Number(duration) < 1 || Number(duration) > 1440)
    fields.durationMinutes = 'Duration must be a whole number of minutes from 1 to 1440';
  if (!draft.type) fields.sessionType = 'Select the type of session';
  if (!draft.supervisor) fields.supervisorId = 'Select who supervised the session';
  return { fields };
}

/**
 * Records a supervision session for a worker, or corrects one (with the
 * session's ETag sent as If-Match, so a change made meanwhile by someone else
 * is not overwritten).
 */
export function SupervisionForm({
  workerId,
  team,
  session,
  etag,
  onSaved,
}: {
  workerId: string;
  /** The worker's team, whose workers the supervisor is chosen from. */
  team?: SupervisorTeam;
  session?: SupervisionSession;
  etag?: string;
  onSaved: (saved: SupervisionSession) => void;
}) {
  const [draft, setDraft] = useState<Draft>({
    date: dateParts(session?.sessionDate),
    duration: session ? String(session.durationMinutes) : '',
    type: session?.sessionType ?? '',
    // a correction of a session recorded without a supervisor starts from "not listed", as it was saved
    supervisor: session ? (session.supervisor?.id ?? NOT_LISTED) : '',
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const save = useSaveSupervisionSession();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found = validateSupervision(draft);
    setErrors(found);
    if (hasErrors(found)) return;
    const input: SupervisionSessionInput = {
      superviseeId: workerId,
      ...(draft.supervisor !== NOT_LISTED ? { supervisorId: draft.supervisor } : {}),
      sessionDate: isoFromParts(draft.date)!,
      durationMinutes: Number(draft.duration.trim()),
      sessionType: draft.type as SessionType,
    };
    save.mutate(
      { input, sessionId: session?.id, etag },
      {
        onSuccess: (data) => onSaved(data),
        onError: (error) => setErrors(errorsFromProblem(error, LABELS)),
      },
    );
  }

  return (
    <>
      {hasErrors(errors) && (
        <ErrorSummary key={attempt} items={summaryItems(errors, SUPERVISION_FIELD_IDS, ORDER)} />
      )}
      <form onSubmit={submit} noValidate>
        <DateInput
          id="session-date"
          legend="Date of the session"
          hint="For example, 27 3 2026"
          value={draft.date}
          onChange={(date) => setDraft({ ...draft, date })}
          error={errors.fields.sessionDate}
        />
        <div className={errors.fields.durationMinutes ? 'wi-form-group wi-form-group--error' : 'wi-form-group'}>
          <label className="wi-label" htmlFor="duration-minutes">
            Duration in minutes
          </label>
          <div className="wi-hint" id="duration-minutes-hint">
            A session counts towards supervision compliance when it lasts at least the policy&apos;s minimum (90
            minutes unless your council has set another)
          </div>
          {errors.fields.durationMinutes && (
            <p className="wi-error-message" id="duration-minutes-error">
              <span className="wi-visually-hidden">Error:</span> {errors.fields.durationMinutes}
            </p>
          )}
          <input
            className="wi-input"
            style={{ width: '6em' }}
            id="duration-minutes"
            name="durationMinutes"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={draft.duration}
            onChange={(event) => setDraft({ ...draft, duration: event.target.value })}
            aria-describedby={
              errors.fields.durationMinutes ? 'duration-minutes-hint duration-minutes-error' : 'duration-minutes-hint'
            }
            aria-invalid={errors.fields.durationMinutes ? true : undefined}
          />
        </div>
        <div className={errors.fields.sessionType ? 'wi-form-group wi-form-group--error' : 'wi-form-group'}>
          <fieldset
            className="wi-fieldset"
            aria-describedby={errors.fields.sessionType ? 'session-type-error' : undefined}
          >
            <legend className="wi-label">Type of session</legend>
            {errors.fields.sessionType && (
              <p className="wi-error-message" id="session-type-error">
                <span className="wi-visually-hidden">Error:</span> {errors.fields.sessionType}
              </p>
            )}
            {SESSION_TYPES.map((type) => (
              <div className="wi-radios__item" key={type.value}>
                <input
                  className="wi-radios__input"
                  type="radio"
                  id={`session-type-${type.value}`}
                  name="sessionType"
                  value={type.value}
                  checked={draft.type === type.value}
                  onChange={() => setDraft({ ...draft, type: type.value })}
                />
                <label className="wi-radios__label" htmlFor={`session-type-${type.value}`}>
                  {type.label}
                </label>
              </div>
            ))}
          </fieldset>
        </div>
        <SupervisorSelect
          superviseeId={workerId}
          team={team}
          current={session?.supervisor}
          value={draft.supervisor}
          onChange={(supervisor) => setDraft({ ...draft, supervisor })}
          error={errors.fields.supervisorId}
        />
        <button type="submit" className="wi-button" disabled={save.isPending}>
          {session ? 'Save the correction' : 'Save supervision'}
        </button>
      </form>
    </>
  );
}
