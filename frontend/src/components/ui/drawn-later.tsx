import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { Loading } from './loading';

/**
 * Draws its children in a task of their own, just after the rest of the page: a long page drawn
 * in one go blocks a phone's main thread for a long moment (Lighthouse's Total Blocking Time).
 * Meant for what is below the first screen or folded away, so nothing on the screen moves when it
 * arrives; until then a loading message (a status, so tests and assistive technology know the page
 * is not finished) holds its place.
 */
export function DrawnLater({ label, children }: { label: string; children: ReactNode }) {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    // A transition: the drawing itself is then sliced too, rather than one long task.
    const timer = setTimeout(() => startTransition(() => setDrawn(true)), 0);
    return () => clearTimeout(timer);
  }, []);
  return drawn ? <>{children}</> : <Loading label={label} />;
}
