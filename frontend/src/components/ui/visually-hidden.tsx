import type { ReactNode } from 'react';

/** Text read by screen readers but not shown. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="wi-visually-hidden">{children}</span>;
}
