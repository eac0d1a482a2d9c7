import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ids } from '@/testing/fixtures';
import { definitions, nodeMeasures } from '@/testing/measure-fixtures';
import { axeViolations } from '@/testing/axe';
import { renderRoute } from '@/testing/test-utils';
import { addMonths } from '@/utils/format';
import { MeasuresOverview, trendDates } from '../measures-overview';
import { sparklinePath } from '../sparkline';

const nodes = [
  { id: ids.council, name: 'Northbridge City Council', nodeType: 'council' as const, depth: 0 },
  { id: ids.serviceProtection, name: 'Child Protection and Family Support', nodeType: 'service' as const, depth: 1 },
];

function routes() {
  return {
    '/api/v1/measures': { body: definitions },
    [`/api/v1/organisation-nodes/${ids.council}/measures`]: (url: URL) => {
      const asAt = url.searchParams.get('asAt') ?? '2026-11-23';
      const months = trendDates('2026-11-23').indexOf(asAt);
      return { body: nodeMeasures(asAt, Math.max(0, months)) };
    },
  };
}

describe('MeasuresOverview', () => {
  it('shows each measure as a tile with its value, RAG status in words, target, change and trend', async () => {
    const onChange = vi.fn();
    const { container, requests } = renderRoute(
      <MeasuresOverview nodes={nodes} nodeId={ids.council} asAt="2026-11-23" onChange={onChange} />,
      { routes: routes() },
    );

    expect(await screen.findByRole('heading', { level: 1, name: /Northbridge City Council/ })).toBeTruthy();
    const tile = (await screen.findByRole('link', { name: 'Agency rate' })).closest('li')!;
    expect(within(tile).getByText('18.2%')).toBeTruthy();
    expect(within(tile).getByText('Off target')).toBeTruthy();
    expect(within(tile).getByText('15.0% or less (amber up to 17.0%)')).toBeTruthy();
    // A month earlier the rate was 18.7%: down half a point, which is better for a lower-is-better measure.
    expect(await within(tile).findByText(/down 0.5 percentage points/)).toBeTruthy();
    expect(within(tile).getByText(/\(better\)/)).toBeTruthy();
    const sparkline = await within(tile).findByRole('img');
    expect(sparkline.getAttribute('aria-label')).toBe(
      'Trend, oldest first: June 2026 20.7%; July 2026 20.2%; August 2026 19.7%; September 2026 19.2%; October 2026 18.7%; November 2026 18.2%',
    );
    expect(within(tile).getByRole('link', { name: 'Agency rate' }).getAttribute('href')).toBe(
      `/measures/agencyRate?nodeId=${ids.council}&asAt=2026-11-23`,
    );

    const missing = screen.getByRole('link', { name: 'Workers over threshold' }).closest('li')!;
    expect(within(missing).getByText('No value')).toBeTruthy();
    expect(within(missing).getByText('No target')).toBeTruthy();

    expect(screen.getByRole('heading', { level: 2, name: 'Agency workers' })).toBeTruthy();
    expect(requests.filter((request) => request.url.includes('/measures?'))).toHaveLength(6);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('changes node and date only when Show is pressed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderRoute(<MeasuresOverview nodes={nodes} nodeId={ids.council} asAt="2026-11-23" onChange={onChange} />, { routes: routes() });
    await screen.findByRole('link', { name: 'Agency rate' });

    await user.selectOptions(screen.getByLabelText('Council, service or team'), ids.serviceProtection);
    expect(onChange).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(onChange).toHaveBeenCalledWith(ids.serviceProtection, '2026-11-23');
  });

  it('says access is denied when the node is outside the user\'s scope', async () => {
    renderRoute(<MeasuresOverview nodes={nodes} nodeId={ids.council} onChange={vi.fn()} />, {
      routes: {
        '/api/v1/measures': { body: definitions },
        [`/api/v1/organisation-nodes/${ids.council}/measures`]: { status: 403, body: { title: 'Forbidden', status: 403 } },
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this part of the organisation' })).toBeTruthy();
  });

  it('asks for the earlier months only once the date shown has its answer, and draws every tile in the end', async () => {
    const { container, requests } = renderRoute(
      <MeasuresOverview nodes={nodes} nodeId={ids.council} asAt="2026-11-23" onChange={vi.fn()} />,
      { routes: routes() },
    );
    await screen.findByRole('heading', { level: 1, name: /Northbridge City Council/ });
    const asked = requests.filter((request) => request.url.includes('/measures?')).map((request) => new URL(request.url).searchParams.get('asAt'));
    expect(asked[0]).toBe('2026-11-23');
    // Drawn a few at a time: the loading message stays until the last tile is in.
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    const current = nodeMeasures('2026-11-23', 0).measures.filter((result) => definitions.some((definition) => definition.id === result.measure));
    expect(container.querySelectorAll('.wi-tile')).toHaveLength(current.length);
  });

  it('draws each trend as one path, with a gap where a month has no figure and a dot on the latest', () => {
    const d = sparklinePath(
      [
        { asAt: '2026-09-23', value: 1 },
        { asAt: '2026-10-23', value: null },
        { asAt: '2026-11-23', value: 3 },
      ],
      120,
      32,
    );
    expect(d).toBe('M3.0 29.0 M117.0 3.0 M117.0 3.0m-1.5 0a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0');
    expect(sparklinePath([{ asAt: '2026-11-23', value: 3 }], 120, 32)).toBe('');
  });

  it('asks for the same day in each of the five months before', () => {
    expect(trendDates('2026-03-31')).toEqual(['2026-03-31', '2026-02-28', '2026-01-31', '2025-12-31', '2025-11-30', '2025-10-31']);
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });
});
