import { startTransition, useEffect, useState, type ReactNode } from 'react';

/** The styles' breakpoint between the two (app.css, .wi-wide-only and .wi-narrow-only). */
export const NARROW_SCREEN = '(max-width: 48.0525em)';

/**
 * The same rows twice: a table for wide screens and a captioned list of cards (each an `li`) for
 * narrow ones. CSS shows exactly one
 * (the other is display: none, so assistive technology meets one too) and swaps them when the
 * screen turns. The one on show is drawn with the page; the other a task later, since drawing both
 * at once doubles what a phone does before it can show the page. Both are then in the page, so
 * turning the screen needs nothing from here. Without matchMedia (nothing known of the screen), both
 * are drawn at once.
 */
export function WideOrNarrow({ wide, caption, cards }: { wide: ReactNode; caption: string; cards: ReactNode }) {
  const [first] = useState<'wide' | 'narrow' | 'both'>(() => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return 'both';
    return window.matchMedia(NARROW_SCREEN).matches ? 'narrow' : 'wide';
  });
  const [both, setBoth] = useState(first === 'both');
  useEffect(() => {
    if (both) return undefined;
    // A transition, so that drawing the hidden one is sliced rather than one long task.
    const timer = setTimeout(() => startTransition(() => setBoth(true)), 0);
    return () => clearTimeout(timer);
  }, [both]);
  return (
    <>
      <div className="wi-wide-only">{both || first === 'wide' ? wide : null}</div>
      <div className="wi-narrow-only">
        {(both || first === 'narrow') && (
          <>
            <p className="wi-cards__caption">{caption}</p>
            <ul className="wi-cards">{cards}</ul>
          </>
        )}
      </div>
    </>
  );
}
