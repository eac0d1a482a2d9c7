import { useEffect, useRef, type ReactNode } from 'react';

export interface ErrorSummaryItem {
  key: string;
  text: ReactNode;
  /** The id of the field at fault, when there is one. */
  href?: string;
}

/**
 * A GOV.UK-style error summary. It takes focus when it appears so that
 * keyboard and screen reader users hear about the problem at once.
 */
export function ErrorSummary({
  title = 'There is a problem',
  items,
}: {
  title?: string;
  items: ErrorSummaryItem[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="wi-error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" role="alert">
      <h2 className="wi-error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul className="wi-error-summary__list">
        {items.map((item) => (
          <li key={item.key}>{item.href ? <a href={item.href}>{item.text}</a> : item.text}</li>
        ))}
      </ul>
    </div>
  );
}
