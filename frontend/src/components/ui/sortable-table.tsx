import { useState, type ReactNode } from 'react';

export type SortDirection = 'ascending' | 'descending';

export interface SortableColumn<Row> {
  key: string;
  label: string;
  numeric?: boolean;
  /** The value the column sorts by; null and undefined always sort last. */
  sortValue: (row: Row) => string | number | null | undefined;
  render: (row: Row) => ReactNode;
  /** The first column names the row (a row header). */
  rowHeader?: boolean;
}

export interface SortState {
  key: string;
  direction: SortDirection;
}

/**
 * Rows in the order a column asks for. Missing values go last in either
 * direction, so "no value" never heads a list of the worst teams. Ties keep
 * their original order.
 */
export function sortRows<Row>(rows: Row[], column: SortableColumn<Row> | undefined, direction: SortDirection): Row[] {
  if (!column) return rows;
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: column.sortValue(row) }))
    .sort((a, b) => {
      const aMissing = a.value === null || a.value === undefined;
      const bMissing = b.value === null || b.value === undefined;
      if (aMissing || bMissing) return aMissing === bMissing ? a.index - b.index : aMissing ? 1 : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : String(a.value).localeCompare(String(b.value), 'en-GB', { numeric: true, sensitivity: 'base' });
      return order === 0 ? a.index - b.index : order * sign;
    })
    .map((entry) => entry.row);
}

/**
 * A table whose column headings are buttons that sort it (the GOV.UK / MOJ
 * sortable table pattern): the sorted column has aria-sort, the others none,
 * and a status message says how the table is now sorted.
 */
export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  captionHidden = false,
}: {
  caption: string;
  columns: SortableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  initialSort?: SortState;
  captionHidden?: boolean;
}) {
  const [sort, setSort] = useState<SortState | undefined>(initialSort);
  const sortedColumn = columns.find((column) => column.key === sort?.key);
  const sorted = sortRows(rows, sortedColumn, sort?.direction ?? 'ascending');

  function sortBy(column: SortableColumn<Row>) {
    setSort((current) =>
      current?.key === column.key
        ? { key: column.key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key: column.key, direction: column.numeric ? 'descending' : 'ascending' },
    );
  }

  return (
    <>
      <table className="wi-table wi-sortable-table">
        <caption className={captionHidden ? 'wi-visually-hidden' : 'wi-table__caption'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const ariaSort = sort?.key === column.key ? sort.direction : 'none';
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={ariaSort}
                  className={column.numeric ? 'wi-numeric' : undefined}
                >
                  <button type="button" className="wi-sort-button" onClick={() => sortBy(column)}>
                    {column.label}
                    <span className={`wi-sort-icon wi-sort-icon--${ariaSort}`} aria-hidden="true" />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row">
                    {column.render(row)}
                  </th>
                ) : (
                  <td key={column.key} className={column.numeric ? 'wi-numeric' : undefined}>
                    {column.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="wi-visually-hidden wi-sort-status" aria-live="polite">
        {sortedColumn && sort ? `Sorted by ${sortedColumn.label}, ${sort.direction}` : ''}
      </p>
    </>
  );
}
