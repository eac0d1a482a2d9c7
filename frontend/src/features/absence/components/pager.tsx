/**
 * Previous and next buttons for a table that pages inside the page (two tables on one page cannot
 * both own the address's page number).
 */
export function Pager({
  page,
  size,
  totalItems,
  onPage,
  label,
}: {
  page: number;
  size: number;
  totalItems: number;
  onPage: (page: number) => void;
  label: string;
}) {
  const pages = Math.max(1, Math.ceil(totalItems / size));
  if (pages <= 1) return null;
  return (
    <nav className="wi-pagination" aria-label={label}>
      {page > 0 && (
        <button type="button" className="wi-button wi-button--secondary" onClick={() => onPage(page - 1)}>
          Previous <span className="wi-visually-hidden">page of {label.toLowerCase()}</span>
        </button>
      )}
      <span className="wi-pagination__status">
        Page {page + 1} of {pages}
      </span>
      {page + 1 < pages && (
        <button type="button" className="wi-button wi-button--secondary" onClick={() => onPage(page + 1)}>
          Next <span className="wi-visually-hidden">page of {label.toLowerCase()}</span>
        </button>
      )}
    </nav>
  );
}
