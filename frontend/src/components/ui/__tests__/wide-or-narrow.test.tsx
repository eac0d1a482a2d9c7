import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NARROW_SCREEN, WideOrNarrow } from '../wide-or-narrow';

function screenIs(narrow: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === NARROW_SCREEN ? narrow : false }));
}

function renderBoth() {
  return render(<WideOrNarrow wide={<table aria-label="as a table" />} narrow={<ul aria-label="as cards" />} />);
}

describe('WideOrNarrow', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('draws the cards first on a narrow screen, then the table a moment later', async () => {
    screenIs(true);
    const { container } = renderBoth();
    expect(container.querySelector('.wi-narrow-only ul')).not.toBeNull();
    expect(container.querySelector('.wi-wide-only table')).toBeNull();
    expect(await screen.findByRole('table', { hidden: true })).toBeTruthy();
  });

  it('draws the table first on a wide screen, then the cards a moment later', async () => {
    screenIs(false);
    const { container } = renderBoth();
    expect(container.querySelector('.wi-wide-only table')).not.toBeNull();
    expect(container.querySelector('.wi-narrow-only ul')).toBeNull();
    expect(await screen.findByRole('list', { hidden: true })).toBeTruthy();
  });

  it('draws both at once when nothing is known of the screen', () => {
    vi.stubGlobal('matchMedia', undefined);
    const { container } = renderBoth();
    expect(container.querySelector('.wi-wide-only table')).not.toBeNull();
    expect(container.querySelector('.wi-narrow-only ul')).not.toBeNull();
  });
});
