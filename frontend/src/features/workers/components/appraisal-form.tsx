import { useState, type FormEvent } from 'react';
import { isApiError } from '@/lib/api-client';
import { ErrorSummary } from '@/components/ui/error-summary';
import type { Appraisal } from '../api/list-appraisals';
import { useSaveAppraisal, type AppraisalInput } from '../api/save-appraisal';
import { DateInput } from './date-input';
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

export const APPRAISAL_FIELD_IDS: Record<string, string> = {
  completedOn: 'completed-on-day',
  workerId: 'completed-on-day',
  reviewerId: 'completed-on-day',
};

const LABELS: Record<string, string> = {
  completedOn: 'Date the appraisal was completed',
  workerId: 'Worker',
  reviewerId: 'Reviewer',
};

const ORDER = ['completedOn', 'workerId', 'reviewerId'];

export function validateAppraisal(date: DateParts, today?: string): FormErrors {
  const message = pastDateError(date, 'the date the appraisal was completed', today);
  return message ? { fields: { completedOn: message } } : NO_ERRORS;
}

/**
 * Records a completed appraisal for a worker, or corrects one (If-Match with
 * the appraisal's ETag). A second appraisal on the same day is refused (409).
 */
export function AppraisalForm({
  workerId,
  appraisal,
  etag,
  onSaved,
}: {
  workerId: string;
  appraisal?: Appraisal;
  etag?: string;
  onSaved: (saved: Appraisal) => void;
}) {
  const [date, setDate] = useState<DateParts>(dateParts(appraisal?.completedOn));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const save = useSaveAppraisal();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found = validateAppraisal(date);
    setErrors(found);
    if (hasErrors(found)) return;
    const input: AppraisalInput = {
      workerId,
      ...(appraisal?.reviewer ? { reviewerId: appraisal.reviewer.id } : {}),
      completedOn: isoFromParts(date)!,
    };
    save.mutate(
      { input, appraisalId: appraisal?.id, etag },
      {
        onSuccess: (data) => onSaved(data),
        onError: (error) => {
          if (isApiError(error) && error.status === 409 && !appraisal) {
            // the one conflict a new appraisal can meet: the same worker, the same day
            setErrors({ fields: { completedOn: 'An appraisal of this worker on this date is already recorded' } });
            return;
          }
          setErrors(errorsFromProblem(error, LABELS));
        },
      },
    );
  }

  return (
    <>
      {hasErrors(errors) && <ErrorSummary key={attempt} items={summaryItems(errors, APPRAISAL_FIELD_IDS, ORDER)} />}
      <form onSubmit={submit} noValidate>
        <DateInput
          id="completed-on"
          legend="Date the appraisal was completed"
          hint="For example, 27 3 2026. The next appraisal is due 12 months after this date."
          value={date}
          onChange={setDate}
          error={errors.fields.completedOn}
        />
        <button type="submit" className="wi-button" disabled={save.isPending}>
          {appraisal ? 'Save the correction' : 'Save appraisal'}
        </button>
      </form>
    </>
  );
}
