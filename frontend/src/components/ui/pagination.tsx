import { Link } from 'react-router';

/** GOV.UK pagination: previous and next links with "page x of y" between them. */
export function Pagination({
  page,
  size,
  totalItems,
  hrefFor,
  label,
}: {
  page: number;
  size: number;
  totalItems: number;
  hrefFor: (page: number) => string;
  label: string;
}) {
  const pages = Math.max(1, Math.ceil(totalItems / size));
  if (pages <= 1) return null;
  return (
    <nav className="wi-pagination" aria-label={label}>
      {page > 0 && (
        <Link className="wi-pagination__link" to={hrefFor(page - 1)} rel="prev">
          Previous <span className="wi-visually-hidden">page</span>
        </Link>
      )}
      <span className="wi-pagination__status">
        Page {page + 1} of {pages}
      </span>
      {page + 1 < pages && (
        <Link className="wi-pagination__link" to={hrefFor(page + 1)} rel="next">
          Next <span className="wi-visually-hidden">page</span>
        </Link>
      )}
    </nav>
  );
}
