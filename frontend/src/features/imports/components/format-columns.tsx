import { ScrollRegion } from '@/components/ui/scroll-region';
import type { ImportFormat } from '../api/list-import-formats';
import { columnTypeText, dataSetLabel } from '../utils/labels';

/** The documented columns of a data set's file, with an example file. */
export function FormatColumns({ format }: { format: ImportFormat }) {
  const name = dataSetLabel(format.dataSet);
  return (
    <section className="wi-section" aria-labelledby="format-heading">
      <h3 className="wi-heading-s" id="format-heading">
        Columns of the {name.toLowerCase()} file
      </h3>
      <p>{format.description}</p>
      <p className="wi-hint">
        The first row names the columns, in any order. Required columns must be present and filled in; a key column
        matches a row to the record already kept.
      </p>
      <ScrollRegion label={`Columns of the ${name.toLowerCase()} file`}>
        <table className="wi-table wi-table--compact">
          <caption className="wi-visually-hidden">Columns of the {name.toLowerCase()} file</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Required</th>
              <th scope="col">What it holds</th>
              <th scope="col">Example</th>
            </tr>
          </thead>
          <tbody>
            {format.columns.map((column) => (
              <tr key={column.name}>
                <th scope="row">
                  {/* a column name is typed into a header row: never broken across lines */}
                  <code style={{ whiteSpace: 'nowrap' }}>{column.name}</code>
                  {column.key && <span className="wi-secondary-text"> (key)</span>}
                </th>
                <td>{column.required ? 'Required' : 'Optional'}</td>
                <td>
                  {columnTypeText(column)}
                  {column.description && (
                    <>
                      <br />
                      <span className="wi-secondary-text">{column.description}</span>
                    </>
                  )}
                </td>
                <td>
                  <code>{column.example}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <details className="wi-details">
        <summary>Example file</summary>
        <ScrollRegion label="Example file">
          <pre>{format.example}</pre>
        </ScrollRegion>
      </details>
    </section>
  );
}
