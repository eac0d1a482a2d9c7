import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Loading } from '@/components/ui/loading';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/errors/query-error';
import { useImport } from '../api/get-import';
import { dataSetLabel } from '../utils/labels';
import { ImportSummary } from './import-summary';
import { RowErrors } from './row-errors';

/** One import record: who, when, the counts and every bad row. */
export function ImportDetail({ importId }: { importId: string }) {
  const run = useImport(importId);
  const title = run.data ? `Import of ${run.data.fileName ?? dataSetLabel(run.data.dataSet).toLowerCase()}` : 'Import';
  usePageTitle(title);
  if (run.isError) return <QueryError error={run.error} what="import" />;
  if (!run.data) return <Loading label="Loading the import…" />;
  const problems = run.data.errorCount ?? run.data.errors?.length ?? 0;
  return (
    <>
      <Link className="wi-back-link" to={paths.imports.getHref()}>
        Back to imports
      </Link>
      <h1 className="wi-heading-l">{title}</h1>
      <ImportSummary run={run.data} showWhoAndWhen />
      {problems > 0 ? <RowErrors importId={importId} errorCount={problems} /> : <p>Every row was good.</p>}
    </>
  );
}
