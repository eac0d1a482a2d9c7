import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';

export interface ErrorSummaryItem {
  key: string;
  text: ReactNode;
  /** The id of the field at fault, when there is one. */
  href?: string;
}

/**
 * A link to a field moves focus to the field itself (as GOV.UK's error summary
 * does), not just scrolls to it, and leaves the address alone.
 */
function focusTarget(event: MouseEvent<HTMLAnchorElement>, href: string) {
  if (!href.startsWith('#')) return;
  const field = document.getElementById(href.slice(1));
  if (!field) return;
  event.preventDefault();
  const label = Array.from(document.getElementsByTagName('label')).find((element) => element.htmlFor === field.id);
  (label ?? field).scrollIntoView?.();
  field.focus({ preventScroll: true });
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
        {items.map((item) => {
          const href = item.href;
          return (
            <li key={item.key}>
              {href ? (
                <a href={href} onClick={(event) => focusTarget(event, href)}>
                  {item.text}
                </a>
              ) : (
                item.text
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
