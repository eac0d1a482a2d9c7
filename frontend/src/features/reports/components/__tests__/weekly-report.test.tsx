import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '@/testing/axe';
import { WeeklyReport } from '../weekly-report';
import { answer, renderWithFetch } from '@/testing/fetch-harness';

const COUNCIL = { id: '10000000-0000-4000-8000-000000000000', nodeType: 'council', name: 'Northbridge City Council' } as const;
const SERVICE = { id: '20000000-0000-4000-8000-000000000000', nodeType: 'service', name: 'Children in Need' } as const;
const TEAM = { id: '30000000-0000-4000-8000-000000000000', nodeType: 'team', name: 'Assessment North' } as const;

function measures(averageCaseload: number, rag: 'green' | 'red') {
  return [
    { measure: 'inPostHeadcount', value: 12, rag: 'none' },
    { measure: 'cases', value: 210, rag: 'none' },
    { measure: 'averageCaseload', value: averageCaseload, rag },
    { measure: 'workersOverThreshold', value: 2, rag: 'none' },
    { measure: 'unallocatedCases', value: 0, rag: 'none' },
    { measure: 'supervisionCompliance', value: 87.5, rag: 'none' },
    { measure: 'appraisalCompliance', value: null, rag: 'none' },
    { measure: 'agencyRate', value: 8.3, rag: 'green' },
  ];
}

const REPORT = {
  node: COUNCIL,
  asAt: '2026-11-23',
  periodStart: '2025-11-24',
  rows: [
    { node: COUNCIL, depth: 0, parentId: null, measures: measures(15.2, 'green') },
    { node: SERVICE, depth: 1, parentId: COUNCIL.id, measures: measures(16.4, 'green') },
    { node: TEAM, depth: 2, parentId: SERVICE.id, measures: measures(19.1, 'red') },
  ],
};

describe('WeeklyReport', () => {
  it('shows each node with its figures and status in words, a team opening its page and a service the report from there', async () => {
    const { container, requests } = renderWithFetch(
      <WeeklyReport nodes={[{ ...COUNCIL, depth: 0 }]} nodeId={COUNCIL.id} onChange={vi.fn()} />,
      () => answer(200, REPORT),
    );
    const table = await screen.findByRole('table', { name: /Caseloads and compliance for Northbridge City Council/ });
    expect(new URL(requests[0].url).searchParams.get('nodeId')).toBe(COUNCIL.id);
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    const teamRow = rows[3];
    expect(within(teamRow).getByRole('link', { name: 'Assessment North' }).getAttribute('href')).toBe(`/teams/${TEAM.id}`);
    expect(within(teamRow).getByText('19.1 per FTE')).toBeTruthy();
    expect(within(teamRow).getByText('Off target')).toBeTruthy();
    expect(within(teamRow).getByText('No value')).toBeTruthy();
    expect(within(rows[2]).getByRole('link', { name: 'Children in Need' }).getAttribute('href')).toBe(`/reports/weekly?nodeId=${SERVICE.id}`);
    expect(within(rows[1]).queryByRole('link')).toBeNull();
    expect(screen.getByRole('button', { name: 'Download Excel (XLSX) of the weekly report' })).toBeTruthy();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    screen.getByRole('button', { name: 'Print the weekly report' }).click();
    expect(print).toHaveBeenCalledOnce();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('checks the as-at date before asking for another report', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    renderWithFetch(<WeeklyReport nodes={[{ ...COUNCIL, depth: 0 }]} nodeId={COUNCIL.id} onChange={onChange} />, () => answer(200, REPORT));
    const date = await screen.findByLabelText('As at');
    await user.clear(date);
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByText(/Enter a real date/)).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
  });
});
