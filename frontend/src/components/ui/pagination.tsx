import type { ReactNode } from 'react';
import { Link } from 'react-router';

type PaginationProps = {
  page: number;
  size: number;
  totalItems: number;
  label: string;
} & (
  | {
      /** Pages in the address: previous and next are links. */
      hrefFor: (page: number) => string;
      onPage?: never;
    }
  | {
      /**
       * Pages kept by the page itself, for a table that pages inside a page (two tables on one page cannot
       * both own the address's page number): previous and next are buttons.
       */
      onPage: (page: number) => void;
      hrefFor?: never;
    }
);

/** GOV.UK pagination: previous and next with "page x of y" between them. */
export function Pagination({ page, size, totalItems, label, hrefFor, onPage }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(totalItems / size));
  if (pages <= 1) return null;
  const step = (to: number, text: string, rel: 'prev' | 'next'): ReactNode =>
    hrefFor ? (
      <Link className="wi-pagination__link" to={hrefFor(to)} rel={rel}>
        {text} <span className="wi-visually-hidden">page</span>
      </Link>
    ) : (
      <button type="button" className="wi-button wi-button--secondary" onClick={() => onPage(to)}>
        {text} <span className="wi-visually-hidden">page of {label.toLowerCase()}</span>
      </button>
    );
  return (
    <nav className="wi-pagination" aria-label={label}>
      {page > 0 && step(page - 1, 'Previous', 'prev')}
      <span className="wi-pagination__status">
        Page {page + 1} of {pages}
      </span>
      {page + 1 < pages && step(page + 1, 'Next', 'next')}
    </nav>
  );
}
