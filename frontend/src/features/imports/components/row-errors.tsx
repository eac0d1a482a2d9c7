import { useState } from 'react';
import { Loading } from '@/components/ui/loading';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { problemMessage } from '@/components/errors/query-error';
import { ROW_ERRORS_PAGE_SIZE, useImportErrors } from '../api/list-import-errors';

/**
 * Every bad row of an import (line, column, reason), a page at a time. Paging is kept in the page
 * rather than the address so that the file chosen for checking stays chosen.
 */
export function RowErrors({ importId, errorCount }: { importId: string; errorCount: number }) {
  const [page, setPage] = useState(0);
  const errors = useImportErrors(importId, page);
  if (errors.isError) {
    return <p className="wi-error-message">The bad rows could not be loaded. {problemMessage(errors.error) ?? 'Try again later.'}</p>;
  }
  if (!errors.data) return <Loading label="Loading the bad rows…" />;
  const total = errors.data.totalItems;
  const pages = Math.max(1, Math.ceil(total / ROW_ERRORS_PAGE_SIZE));
  const first = page * ROW_ERRORS_PAGE_SIZE + 1;
  const last = Math.min(total, first + errors.data.items.length - 1);
  const caption = `Problems in the file: ${total === 1 ? '1 problem' : `${total} problems`}${pages > 1 ? `, ${first} to ${last} shown` : ''}`;
  return (
    <>
      <ScrollRegion label="Problems in the file">
        <table className="wi-table wi-table--compact">
          <caption className="wi-table__caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="wi-numeric">
                Line
              </th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {errors.data.items.map((error, index) => (
              <tr key={`${error.line}-${error.column ?? ''}-${index}`}>
                <td className="wi-numeric">{error.line}</td>
                <td>{error.column ?? 'The whole row'}</td>
                <td>{error.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {errorCount > total && (
        <p className="wi-hint">
          {errorCount} problems were found; {total} of them are listed.
        </p>
      )}
      {pages > 1 && (
        <nav className="wi-pagination" aria-label="Pages of problems">
          {page > 0 && (
            <button type="button" className="wi-button wi-button--secondary" onClick={() => setPage(page - 1)}>
              Previous <span className="wi-visually-hidden">page of problems</span>
            </button>
          )}
          <span className="wi-pagination__status">
            Page {page + 1} of {pages}
          </span>
          {page + 1 < pages && (
            <button type="button" className="wi-button wi-button--secondary" onClick={() => setPage(page + 1)}>
              Next <span className="wi-visually-hidden">page of problems</span>
            </button>
          )}
        </nav>
      )}
    </>
  );
}
