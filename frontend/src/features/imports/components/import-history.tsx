import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { Tag } from '@/components/ui/tag';
import { problemMessage } from '@/components/errors/query-error';
import { IMPORT_HISTORY_PAGE_SIZE, useImports } from '../api/list-imports';
import { formatDateTime } from '@/utils/format';
import { dataSetLabel, outcomeTag } from '../utils/labels';

/** Every import and check, latest first, a page at a time (the page is in the address). */
export function ImportHistory({ page }: { page: number }) {
  const imports = useImports(page);
  return (
    <section className="wi-section" aria-labelledby="history-heading">
      <h2 className="wi-heading-m" id="history-heading">
        Import history
      </h2>
      {imports.isError ? (
        <p className="wi-error-message">The import history could not be loaded. {problemMessage(imports.error) ?? 'Try again later.'}</p>
      ) : !imports.data ? (
        <Loading label="Loading the import history…" />
      ) : imports.data.totalItems === 0 ? (
        <p>No files have been imported or checked yet.</p>
      ) : (
        <>
          <ScrollRegion label="Import history">
            <table className="wi-table wi-table--compact">
              <caption className="wi-visually-hidden">Import history, latest first</caption>
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">Data set</th>
                  <th scope="col">Started</th>
                  <th scope="col">By</th>
                  <th scope="col">Outcome</th>
                  <th scope="col" className="wi-numeric">
                    Rows
                  </th>
                  <th scope="col" className="wi-numeric">
                    Bad rows
                  </th>
                </tr>
              </thead>
              <tbody>
                {imports.data.items.map((run) => {
                  const outcome = outcomeTag(run);
                  return (
                    <tr key={run.id}>
                      <td>
                        <Link to={paths.importDetail.getHref(run.id)}>{run.fileName ?? 'File without a name'}</Link>
                      </td>
                      <td>{dataSetLabel(run.dataSet)}</td>
                      <td>{formatDateTime(run.startedAt)}</td>
                      <td>{run.importedBy}</td>
                      <td>
                        <Tag colour={outcome.colour}>{outcome.text}</Tag>
                      </td>
                      <td className="wi-numeric">{run.rowsRead}</td>
                      <td className="wi-numeric">{run.rejected}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
          <Pagination
            page={page}
            size={IMPORT_HISTORY_PAGE_SIZE}
            totalItems={imports.data.totalItems}
            hrefFor={(next) => paths.imports.getHref(next)}
            label="Pages of the import history"
          />
        </>
      )}
    </section>
  );
}
