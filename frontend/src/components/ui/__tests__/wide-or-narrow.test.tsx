import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NARROW_SCREEN, WideOrNarrow } from '../wide-or-narrow';

function renderOn(narrow: boolean | undefined) {
  vi.stubGlobal('matchMedia', narrow === undefined ? undefined : (query: string) => ({ matches: query === NARROW_SCREEN && narrow }));
  const { container } = render(
    <WideOrNarrow wide={<table aria-label="as a table" />} caption="Workers" cards={<li className="wi-card">A worker</li>} />,
  );
  return { table: () => container.querySelector('.wi-wide-only table'), cards: () => container.querySelector('.wi-narrow-only ul.wi-cards') };
}

describe('WideOrNarrow', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each([
    { screenIs: 'narrow', narrow: true, first: 'cards', later: 'table' },
    { screenIs: 'wide', narrow: false, first: 'table', later: 'cards' },
  ] as const)('on a $screenIs screen draws the $first first and the $later a moment later', async ({ narrow, first, later }) => {
    const drawn = renderOn(narrow);
    expect(drawn[first]()).not.toBeNull();
    expect(drawn[later]()).toBeNull();
    await screen.findByRole(later === 'table' ? 'table' : 'list', { hidden: true });
  });

  it('draws both at once, the cards under their caption, when nothing is known of the screen', () => {
    const drawn = renderOn(undefined);
    expect(drawn.table()).not.toBeNull();
    expect(drawn.cards()?.textContent).toBe('A worker');
    expect(screen.getByText('Workers', { selector: 'p.wi-cards__caption' })).toBeTruthy();
  });
});
