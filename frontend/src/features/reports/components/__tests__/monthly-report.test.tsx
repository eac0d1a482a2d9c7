import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '@/testing/axe';
import { answer, renderWithFetch } from '@/testing/fetch-harness';
import { MonthlyReport } from '../monthly-report';

const COUNCIL = { id: '10000000-0000-4000-8000-000000000000', nodeType: 'council', name: 'Northbridge City Council' } as const;

const REPORT = {
  node: COUNCIL,
  month: '2026-10',
  asAt: '2026-10-31',
  previousAsAt: '2026-09-30',
  rows: [
    {
      measure: 'agencyRate',
      name: 'Agency rate',
      unit: 'percent',
      value: 12.4,
      previousValue: 13.6,
      change: -1.2,
      trend: 'improving',
      rag: 'amber',
      target: { target: 10, direction: 'lower-is-better', amberTolerance: 5 },
      commentary: 'Falling as posts fill.',
      commentaryVersion: 3,
    },
    { measure: 'vacancyRate', name: 'Vacancy rate', unit: 'percent', value: null, previousValue: null, change: null, trend: 'none', rag: 'none', commentaryVersion: 0 },
  ],
};

function render(canWrite: boolean) {
  return renderWithFetch(
    <MonthlyReport nodes={[{ ...COUNCIL, depth: 0 }]} nodeId={COUNCIL.id} month="2026-10" canWrite={canWrite} onChange={vi.fn()} />,
    () => answer(200, REPORT),
  );
}

describe('MonthlyReport', () => {
  it('shows each measure with its status and trend in words, and a commentary box a lead can write in', async () => {
    const { container, requests } = render(true);
    await screen.findByRole('heading', { level: 1, name: /Monthly workforce report, October 2026/ });
    expect(Object.fromEntries(new URL(requests[0].url).searchParams)).toEqual({ nodeId: COUNCIL.id, month: '2026-10' });
    const agency = screen.getByRole('region', { name: 'Agency rate' });
    expect(within(agency).getByText('Near target')).toBeTruthy();
    expect(within(agency).getByText('Improving')).toBeTruthy();
    expect(within(agency).getByText(/down 1\.2 percentage points/)).toBeTruthy();
    expect(within(agency).getByText('10.0% or less')).toBeTruthy();
    expect((within(agency).getByLabelText('Commentary on Agency rate') as HTMLTextAreaElement).value).toBe('Falling as posts fill.');
    const vacancy = screen.getByRole('region', { name: 'Vacancy rate' });
    expect(within(vacancy).getByText('No target')).toBeTruthy();
    expect(within(vacancy).getByText('No trend')).toBeTruthy();
    expect(within(vacancy).getAllByText('No value')).toHaveLength(2);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows others the commentary without a box to change it', async () => {
    render(false);
    const agency = await screen.findByRole('region', { name: 'Agency rate' });
    expect(within(agency).getByText('Falling as posts fill.')).toBeTruthy();
    expect(within(agency).queryByRole('textbox')).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Vacancy rate' })).getByText('No commentary for this month.')).toBeTruthy();
  });
});
