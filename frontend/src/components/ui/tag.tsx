import type { ReactNode } from 'react';

export type TagColour = 'red' | 'green' | 'grey' | 'blue' | 'yellow';

/** A GOV.UK-style tag: the words carry the meaning, the colour only repeats it. */
export function Tag({ colour, children }: { colour: TagColour; children: ReactNode }) {
  return <strong className={`wi-tag wi-tag--${colour}`}>{children}</strong>;
}
