const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value) return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d)
  );
}

/** Today's date in the browser's time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-11-23" becomes "23 November 2026" (GOV.UK date style). */
export function formatDate(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number);
  return LONG_DATE.format(new Date(Date.UTC(y, m - 1, d)));
}

/** One decimal place, e.g. 17 becomes "17.0"; null or undefined gives undefined. */
export function formatOneDecimal(value: number | null | undefined): string | undefined {
  if (value === null || value === undefined || Number.isNaN(value)) return undefined;
  return value.toFixed(1);
}

/** FTE written as it is usually said: 1, 0.8, 0.65. */
export function formatFte(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The same day n months earlier or later, or the month's last day when that
 * month is shorter (31 March less one month is 28 or 29 February).
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))));
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return toIso(new Date(Date.UTC(y, m - 1, d + days)));
}

const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-23" becomes "23 Nov 2026", for tight spaces such as chart axes. */
export function formatShortDate(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = parts(iso);
  return SHORT_DATE.format(new Date(Date.UTC(y, m - 1, d)));
}

/** "2026-11-23" becomes "November 2026". */
export function formatMonth(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = parts(iso);
  return MONTH_YEAR.format(new Date(Date.UTC(y, m - 1, d)));
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "23 Nov 2026, 07:14" in the browser's time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}
