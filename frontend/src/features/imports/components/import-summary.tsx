import { SummaryList } from '@/components/ui/summary-list';
import { Tag } from '@/components/ui/tag';
import type { ImportRun } from '../api/import-file';
import { formatDateTime } from '@/utils/format';
import { dataSetLabel, outcomeTag } from '../utils/labels';

/** The counts of one import: what was (or, in a check, would be) created, updated and left as it was. */
export function ImportSummary({ run, showWhoAndWhen = false }: { run: ImportRun; showWhoAndWhen?: boolean }) {
  const outcome = outcomeTag(run);
  const would = run.dryRun ? 'would be ' : '';
  const rows = [
    { key: 'outcome', label: 'Outcome', value: <Tag colour={outcome.colour}>{outcome.text}</Tag> },
    { key: 'kind', label: 'Kind', value: run.dryRun ? 'Check only (nothing written)' : 'Import' },
    { key: 'dataSet', label: 'Data set', value: dataSetLabel(run.dataSet) },
    { key: 'file', label: 'File', value: run.fileName ?? 'No file name given' },
    {
      key: 'mode',
      label: 'When some rows are bad',
      value: run.mode === 'valid-rows' ? 'Import the good rows' : 'Import nothing',
    },
    { key: 'rowsRead', label: 'Rows read', value: run.rowsRead },
    { key: 'created', label: `Records ${would}created`, value: run.created },
    { key: 'updated', label: `Records ${would}updated`, value: run.updated },
    { key: 'unchanged', label: 'Rows already up to date', value: run.unchanged },
    { key: 'rejected', label: 'Bad rows', value: run.rejected },
  ];
  if (showWhoAndWhen) {
    rows.push(
      { key: 'by', label: 'Imported by', value: run.importedBy },
      { key: 'at', label: 'Started', value: formatDateTime(run.startedAt) },
    );
  }
  return <SummaryList rows={rows} />;
}
