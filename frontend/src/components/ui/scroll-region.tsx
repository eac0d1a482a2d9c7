import type { ReactNode } from 'react';

/**
 * A wide table on a narrow screen scrolls sideways inside this region rather
 * than widening the page. It can take focus so that a keyboard user can
 * scroll it with the arrow keys, and its label says what is in it.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="wi-scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
