import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ids } from '@/testing/fixtures';
import { childMeasures, definitions, explanation } from '@/testing/measure-fixtures';
import { axeViolations } from '@/testing/axe';
import { renderRoute } from '@/testing/test-utils';
import { MeasureDrillDown } from '../measure-drill-down';

function routes(measure: 'agencyRate' | 'supervisionCompliance', totalItems = 2) {
  const children = childMeasures();
  if (measure === 'supervisionCompliance') {
    for (const row of [children, ...children.children]) {
      row.measures = row.measures.map((result) => ({ ...result, measure }));
    }
  }
  return {
    '/api/v1/measures': { body: definitions },
    [`/api/v1/organisation-nodes/${ids.council}/child-measures`]: { body: children },
    [`/api/v1/organisation-nodes/${ids.council}/measures/${measure}/explanation`]: (url: URL) => ({
      body: explanation(Number(url.searchParams.get('page') ?? 0), totalItems),
    }),
  };
}

describe('MeasureDrillDown', () => {
  it('shows the measure for each child in a sortable table with links down the tree', async () => {
    const user = userEvent.setup();
    const { container, requests } = renderRoute(
      <MeasureDrillDown measureId="agencyRate" nodeId={ids.council} asAt="2026-11-23" page={0} />,
      { routes: routes('agencyRate') },
    );
    const table = await screen.findByRole('table', { name: /Agency rate for each service or team/ });
    const link = within(table).getByRole('link', { name: 'Child Protection and Family Support' });
    expect(link.getAttribute('href')).toBe(`/measures/agencyRate?nodeId=${ids.serviceProtection}&asAt=2026-11-23`);
    expect(within(table).getByText('Off target')).toBeTruthy();

    const valueHeading = within(table).getByRole('columnheader', { name: /Agency rate/ });
    await user.click(within(valueHeading).getByRole('button'));
    expect(valueHeading.getAttribute('aria-sort')).toBe('descending');
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Child Protection and Family Support',
      'Assessment and Intervention',
      'Business Support Hub',
    ]);
    const childRequest = requests.find((request) => request.url.includes('child-measures'))!;
    expect(new URL(childRequest.url).searchParams.getAll('measure')).toEqual(['agencyRate']);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lists who is overdue and by how long, with only the columns the measure has, a page at a time', async () => {
    const { container } = renderRoute(
      <MeasureDrillDown measureId="supervisionCompliance" nodeId={ids.council} page={1} />,
      { routes: routes('supervisionCompliance', 120) },
    );
    const table = await screen.findByRole('table', { name: /Workers behind Supervision compliance/ });
    const headings = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headings).toEqual(['Worker', 'Team', 'Role', 'Last supervision', 'Required every (days)', 'Due', 'Overdue by']);
    const sam = within(table).getByRole('row', { name: /Sam Okafor/ });
    expect(within(sam).getByText('55 days')).toBeTruthy();
    expect(within(sam).getByText('1 September 2026')).toBeTruthy();
    expect(within(table).getByText('1 day')).toBeTruthy();
    expect(screen.getByText('Showing 51 to 52 of 120 rows.')).toBeTruthy();
    const pages = screen.getByRole('navigation', { name: 'Pages of workers' });
    expect(within(pages).getByText('Page 2 of 3')).toBeTruthy();
    expect(within(pages).getByRole('link', { name: 'Next page' }).getAttribute('href')).toBe(
      `/measures/supervisionCompliance?nodeId=${ids.council}&page=3`,
    );
    expect(within(pages).getByRole('link', { name: 'Previous page' }).getAttribute('href')).toBe(
      `/measures/supervisionCompliance?nodeId=${ids.council}`,
    );
    // The wide table scrolls in its own labelled, focusable region.
    const region = screen.getByRole('region', { name: /Workers behind Supervision compliance/ });
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(await axeViolations(container)).toEqual([]);
  });
});
