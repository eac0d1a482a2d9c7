/** How a form field is typed in and checked: a whole number, a number with up to two decimals, or yes/no. */
export type FieldKind = 'whole' | 'decimal' | 'yes-no';

export interface FieldSpec {
  /** The contract's property name, so that the API's violations find their field. */
  name: string;
  /** The input's id (links from the error summary land on it). */
  id: string;
  label: string;
  hint?: string;
  kind: FieldKind;
  min?: number;
  max?: number;
  /** The error when nothing is given, where "Enter …" or "Select whether …" would not read well. */
  missing?: string;
  /** Words after the input, such as "cases" or "days". */
  suffix?: string;
}

export type Values = Record<string, string>;

const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;

/** The error for one field's text, in GOV.UK's words; undefined when it will do. */
export function fieldError(spec: FieldSpec, raw: string | undefined): string | undefined {
  const value = (raw ?? '').trim();
  const label = spec.label.toLowerCase();
  if (spec.kind === 'yes-no') return value === 'yes' || value === 'no' ? undefined : (spec.missing ?? `Select whether ${label}`);
  if (value === '') return spec.missing ?? `Enter ${label}`;
  if (spec.kind === 'whole' && !WHOLE.test(value)) return `${spec.label} must be a whole number, like ${(spec.min ?? 0) + 1}`;
  if (spec.kind === 'decimal') {
    if (!DECIMAL.test(value)) return `${spec.label} must be a number, like 12 or 6.5`;
    if ((value.split('.')[1] ?? '').length > 2) return `${spec.label} must have no more than 2 decimal places`;
  }
  const number = Number(value);
  if (spec.min !== undefined && number < spec.min) return `${spec.label} must be ${spec.min} or more`;
  if (spec.max !== undefined && number > spec.max) return `${spec.label} must be ${spec.max} or less`;
  return undefined;
}

/** Every field's error, by the contract's property name. */
export function formErrors(specs: FieldSpec[], values: Values): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const spec of specs) {
    const error = fieldError(spec, values[spec.name]);
    if (error) errors[spec.name] = error;
  }
  return errors;
}

/** The values as the API takes them: numbers as numbers, yes/no as a boolean. */
export function toInput(specs: FieldSpec[], values: Values): Record<string, number | boolean> {
  const input: Record<string, number | boolean> = {};
  for (const spec of specs) {
    const value = (values[spec.name] ?? '').trim();
    input[spec.name] = spec.kind === 'yes-no' ? value === 'yes' : Number(value);
  }
  return input;
}
