import { isApiError } from '@/lib/api-client';
import { problemMessage, NETWORK_MESSAGE } from '@/components/errors/query-error';
import type { ErrorSummaryItem } from '@/components/ui/error-summary';
import { isIsoDate, todayIso } from '@/utils/format';

/** A form's errors: one message per field (by the contract's field name) and any message for the whole form. */
export interface FormErrors {
  fields: Record<string, string>;
  form?: string;
}

export const NO_ERRORS: FormErrors = { fields: {} };

export function hasErrors(errors: FormErrors): boolean {
  return errors.form !== undefined || Object.keys(errors.fields).length > 0;
}

/** What the user typed in a GOV.UK date input: three text boxes. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export function dateParts(iso: string | undefined): DateParts {
  if (!iso || !isIsoDate(iso)) return EMPTY_DATE;
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** The ISO date the parts make, or undefined when they do not make a real date. */
export function isoFromParts(parts: DateParts): string | undefined {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return undefined;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * The GOV.UK messages for a date that must be today or earlier: what is missing,
 * that it must be real, or that it must not be in the future. Undefined when fine.
 */
export function pastDateError(parts: DateParts, what: string, today = todayIso()): string | undefined {
  const missing = (['day', 'month', 'year'] as const).filter((key) => parts[key].trim() === '');
  if (missing.length === 3) return `Enter ${what}`;
  if (missing.length > 0) return `${capitalise(what)} must include a ${missing.join(' and ')}`;
  const iso = isoFromParts(parts);
  if (!iso) return `${capitalise(what)} must be a real date`;
  if (iso > today) return `${capitalise(what)} must be today or in the past`;
  return undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Turns a failed save into form errors: the API's violations (problem+json,
 * each naming a field by its contract name) go to their fields, with the
 * field's label in front as GOV.UK asks; anything else (403, 409, 412, 429,
 * network) is a message for the whole form.
 */
export function errorsFromProblem(error: unknown, labels: Record<string, string>): FormErrors {
  if (!isApiError(error)) return { fields: {}, form: NETWORK_MESSAGE };
  const fields: Record<string, string> = {};
  let unplaced: string | undefined;
  for (const violation of error.problem.violations ?? []) {
    const field = violation.field.split('.')[0];
    if (field in labels) {
      fields[field] ??= `${labels[field]} ${violation.detail}`;
    } else {
      unplaced ??= `${violation.field} ${violation.detail}`;
    }
  }
  if (error.status === 400 && Object.keys(fields).length > 0) return { fields, form: unplaced };
  const message = problemMessage(error) ?? (error.detail ? `${error.title}: ${error.detail}` : error.title);
  return { fields, form: unplaced ? `${message} ${unplaced}` : message };
}

/** The error summary's items: the form's message first, then each field's, linking to the field. */
export function summaryItems(errors: FormErrors, fieldIds: Record<string, string>, order: string[]): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = [];
  if (errors.form) items.push({ key: 'form', text: errors.form });
  for (const field of order) {
    const message = errors.fields[field];
    if (message) items.push({ key: field, text: message, href: `#${fieldIds[field]}` });
  }
  return items;
}
