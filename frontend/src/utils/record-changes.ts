import type { components } from '@/api/schema';

export type RecordChange = components['schemas']['RecordChange'];
export type RecordChangePage = components['schemas']['RecordChangePage'];

/** One property of a record as a person reads it: its name and its value in words. */
export interface HistoryField {
  key: string;
  label: string;
  /** The value in words; never called with undefined or null (those read as "not recorded"). */
  show: (value: unknown) => string;
}

const NOT_RECORDED = 'not recorded';

function shown(field: HistoryField, value: unknown): string {
  return value === undefined || value === null ? NOT_RECORDED : field.show(value);
}

// Record values are plain JSON from the API, so their text is a fair test of sameness.
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function valueOf(snapshot: RecordChange['before'], key: string): unknown {
  return snapshot ? snapshot[key] : undefined;
}

/** "Recorded", "Corrected" or "Deleted": what happened to the record, in a word. */
export function changeTypeText(change: Pick<RecordChange, 'changeType'>): string {
  switch (change.changeType) {
    case 'created':
      return 'Recorded';
    case 'updated':
      return 'Corrected';
    case 'deleted':
      return 'Deleted';
  }
}

/** How the change arrived: through the app or the API, or in an import file. */
export function channelText(change: Pick<RecordChange, 'channel'>): string {
  return change.channel === 'import' ? 'File import' : 'Web app or API';
}

/**
 * What a change did, in sentences: for a record made, each of its details; for a correction, each detail
 * that differs before and after ("Duration changed from 60 minutes to 95 minutes"); for a deletion, what
 * the record held. Only the fields given are read, so ids, versions and anything not for people stay out.
 */
export function describeChange(change: RecordChange, fields: HistoryField[]): string[] {
  if (change.changeType === 'updated') {
    const lines = fields
      .filter((field) => !same(valueOf(change.before, field.key), valueOf(change.after, field.key)))
      .map(
        (field) =>
          `${field.label} changed from ${shown(field, valueOf(change.before, field.key))} to ${shown(field, valueOf(change.after, field.key))}`,
      );
    return lines.length > 0 ? lines : ['Saved with no change to these details'];
  }
  const snapshot = change.changeType === 'created' ? change.after : change.before;
  return fields
    .filter((field) => valueOf(snapshot, field.key) !== undefined)
    .map((field) => `${field.label}: ${shown(field, valueOf(snapshot, field.key))}`);
}
