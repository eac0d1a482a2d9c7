import { isApiError } from '@/lib/api-client';
import type { TagColour } from '@/components/ui/tag';
import type { components } from '@/api/schema';

type ImportDataSet = components['schemas']['ImportDataSet'];
type ImportOutcome = components['schemas']['ImportOutcome'];
type ImportColumn = components['schemas']['ImportColumn'];
type ImportRun = components['schemas']['ImportRun'];

const DATA_SETS: Record<ImportDataSet, string> = {
  workers: 'Workers',
  assignments: 'Assignments (team, role and FTE over time)',
  'caseload-snapshots': 'Caseload snapshots',
  'supervision-sessions': 'Supervision sessions',
  appraisals: 'Appraisals',
  absences: 'Absences',
  leavers: 'Leavers',
  'agency-assignments': 'Agency assignments (agency terms)',
  'agency-timesheets': 'Agency timesheets (charges)',
  posts: 'Posts (establishment)',
};

export function dataSetLabel(dataSet: ImportDataSet): string {
  return DATA_SETS[dataSet] ?? dataSet;
}

/** The outcome in words, with the colour that repeats it. A dry run says what would have happened. */
export function outcomeTag(run: Pick<ImportRun, 'outcome' | 'dryRun'>): { text: string; colour: TagColour } {
  const outcomes: Record<ImportOutcome, { text: string; colour: TagColour }> = run.dryRun
    ? {
        accepted: { text: 'Check passed', colour: 'green' },
        'accepted-valid-rows': { text: 'Check passed for the good rows', colour: 'yellow' },
        rejected: { text: 'Check failed', colour: 'red' },
      }
    : {
        accepted: { text: 'Imported', colour: 'green' },
        'accepted-valid-rows': { text: 'Good rows imported', colour: 'yellow' },
        rejected: { text: 'Rejected', colour: 'red' },
      };
  return outcomes[run.outcome];
}

/** What a column holds, as a sentence fragment: "date", "one of: sickness, other", "text, at most 64 characters". */
export function columnTypeText(column: ImportColumn): string {
  switch (column.type) {
    case 'text':
      return column.maxLength ? `text, at most ${column.maxLength} characters` : 'text';
    case 'date':
      return 'date (yyyy-mm-dd, dd/mm/yyyy or an Excel day number)';
    case 'boolean':
      return 'yes or no (true/false, yes/no, y/n, 1/0)';
    case 'code':
      return column.values?.length ? `one of: ${column.values.join(', ')}` : 'a code';
    case 'reference':
      return column.refersTo ? `reference to ${column.refersTo}` : 'reference';
    default:
      return column.type;
  }
}

/** "3.4 MB", "812 KB", "120 bytes". */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/** Why a file could not be checked or imported, and what to do: one message per answer the user can act on. */
export function importFailureMessage(error: unknown): string {
  if (!isApiError(error)) {
    return 'The file could not be sent because the service could not be reached. Check your connection and try again.';
  }
  switch (error.status) {
    case 401:
      return 'Your session has ended. Sign in again, then choose the file again.';
    case 403:
      return 'You do not have permission to import files. Ask your workforce lead if you need to.';
    case 413:
      return 'The file is larger than the import limit. Split it into smaller files and import them one at a time.';
    case 415:
      return 'The file was not sent as a CSV file. Save it as “CSV UTF-8” and try again.';
    case 429:
      return error.retryAfterSeconds !== undefined
        ? `There have been too many imports or requests. Wait ${error.retryAfterSeconds} ${error.retryAfterSeconds === 1 ? 'second' : 'seconds'} and try again.`
        : 'There have been too many imports or requests. Wait a minute and try again.';
    default:
      return error.detail ? `${error.title}: ${error.detail}` : error.title;
  }
}
