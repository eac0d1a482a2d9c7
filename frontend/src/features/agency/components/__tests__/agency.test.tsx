import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '@/testing/axe';
import { renderRoute } from '@/testing/test-utils';
import { AgencyWorkers } from '../agency-workers';
import { AgencyAssignmentDetail } from '../agency-assignment-detail';
import { AgencyCost, costRows } from '../agency-cost';
import { yearOfMonthsFrom } from '../../utils/labels';

const NODE = '22222222-2222-4222-8222-222222222222';
const TEAM_A = '33333333-3333-4333-8333-333333333333';
const TEAM_B = '44444444-4444-4444-8444-444444444444';

function assignment(overrides: Record<string, unknown> = {}) {
  return {
    assignmentId: '55555555-5555-4555-8555-555555555555',
    worker: { id: '66666666-6666-4666-8666-666666666666', givenName: 'Sam', familyName: 'Reed' },
    node: { id: TEAM_A, nodeType: 'team', name: 'Alpha Team' },
    role: 'social-worker',
    fte: 1,
    startDate: '2025-01-06',
    agencyName: 'Example Recruitment Ltd',
    jobType: 'social-worker',
    pqeYearsAtStart: 2,
    noticePeriodDays: 7,
    ruleFlags: ['under-minimum-experience', 'notice-too-short'],
    ...overrides,
  };
}

function page(items: unknown[]) {
  return { items, page: 0, size: 50, totalItems: items.length };
}

describe('AgencyWorkers', () => {
  it('lists each agency worker with the DfE rules broken in words, and no charges when the API sent none', async () => {
    const { container } = renderRoute(
      <AgencyWorkers nodeId={NODE} nodeName="Testshire" asAt="2025-06-30" page={0} hrefForPage={() => '/agency'} />,
      {
        routes: {
          '/api/v1/agency-assignments': {
            body: page([assignment(), assignment({ assignmentId: '77777777-7777-4777-8777-777777777777', ruleFlags: [], endDate: '2025-09-30' })]),
          },
        },
      },
    );
    const table = await screen.findByRole('table', { name: /Agency workers in Testshire/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('Under 3 years’ experience')).toBeTruthy();
    expect(within(rows[0]).getByText('Notice under 4 weeks')).toBeTruthy();
    expect(within(rows[0]).getByText('Continuing')).toBeTruthy();
    expect(within(rows[1]).getByText('Meets the rules')).toBeTruthy();
    expect(within(rows[1]).getByText('30 September 2025')).toBeTruthy();
    expect(within(table).queryByRole('columnheader', { name: 'Charge per hour' })).toBeNull();
    expect(within(rows[0]).getByRole('link', { name: 'Sam Reed' }).getAttribute('href')).toBe(
      '/agency/assignments/55555555-5555-4555-8555-555555555555',
    );
    expect(screen.getByText(/2 agency workers in Testshire on 30 June 2025; 1 breaks a DfE agency rule/)).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the hourly charge when the API sent it (leads and senior managers)', async () => {
    renderRoute(<AgencyWorkers nodeId={NODE} nodeName="Testshire" asAt="2025-06-30" page={0} hrefForPage={() => '/agency'} />, {
      routes: { '/api/v1/agency-assignments': { body: page([assignment({ hourlyCharge: 42.5 })]) } },
    });
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Charge per hour' })).toBeTruthy();
    expect(within(table).getByText('£42.50')).toBeTruthy();
  });

  it('says so when there are no agency workers', async () => {
    renderRoute(<AgencyWorkers nodeId={NODE} nodeName="Testshire" asAt="2025-06-30" page={0} hrefForPage={() => '/agency'} />, {
      routes: { '/api/v1/agency-assignments': { body: page([]) } },
    });
    expect(await screen.findByText('There were no agency workers in Testshire on 30 June 2025.')).toBeTruthy();
  });

  it('says access is denied when the API refuses', async () => {
    renderRoute(<AgencyWorkers nodeId={NODE} nodeName="Testshire" asAt="2025-06-30" page={0} hrefForPage={() => '/agency'} />, {
      routes: { '/api/v1/agency-assignments': { status: 403, body: { title: 'Forbidden', status: 403 } } },
    });
    expect(await screen.findByRole('heading', { name: 'You do not have access to this team' })).toBeTruthy();
  });
});

describe('AgencyAssignmentDetail', () => {
  it('explains each rule broken in a sentence', async () => {
    renderRoute(<AgencyAssignmentDetail assignmentId="55555555-5555-4555-8555-555555555555" />, {
      routes: {
        '/api/v1/agency-assignments/55555555-5555-4555-8555-555555555555': {
          body: assignment({ chargeBasis: 'daily', chargeRate: 300, hourlyCharge: 40 }),
        },
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Agency worker Sam Reed' })).toBeTruthy();
    expect(screen.getByText('Had less than 3 years’ post-qualifying experience when the assignment started.')).toBeTruthy();
    expect(screen.getByText('The notice period is shorter than 4 weeks.')).toBeTruthy();
    expect(screen.getByText('£300.00 a day')).toBeTruthy();
  });
});

describe('AgencyCost', () => {
  function series(nodeId: string, values: (number | null)[], name = nodeId) {
    return {
      node: { id: nodeId, nodeType: 'team', name },
      measure: 'agencyCost',
      granularity: 'month',
      from: '2025-05-01',
      to: '2025-06-15',
      points: values.map((value, index) => ({
        periodStart: index === 0 ? '2025-05-01' : '2025-06-01',
        asAt: index === 0 ? '2025-05-31' : '2025-06-15',
        partial: index === 1,
        value,
        rag: 'none',
      })),
    };
  }

  it('puts the node’s total and each child’s cost in one row per month', () => {
    const rows = costRows(series(NODE, [1000, 500]) as never, [series(TEAM_A, [600, 500]) as never, series(TEAM_B, [400, null]) as never]);
    expect(rows).toEqual([
      { periodStart: '2025-05-01', asAt: '2025-05-31', partial: false, total: 1000, children: [600, 400] },
      { periodStart: '2025-06-01', asAt: '2025-06-15', partial: true, total: 500, children: [500, null] },
    ]);
    expect(yearOfMonthsFrom('2025-06-15')).toBe('2024-07-01');
  });

  it('shows a table of months by team, with a partial month marked and links to each team', async () => {
    const { container, requests } = renderRoute(
      <AgencyCost node={{ id: NODE, name: 'Testshire' }} asAt="2025-06-15" />,
      {
        routes: {
          [`/api/v1/organisation-nodes/${NODE}/agency-cost-by-month`]: {
            body: {
              node: series(NODE, [1000, 500], 'Testshire'),
              children: [series(TEAM_A, [600, 500], 'Alpha Team'), series(TEAM_B, [400, null], 'Beta Team')],
            },
          },
        },
      },
    );
    const table = await screen.findByRole('table', { name: 'Agency cost by month in Testshire, and in each of its parts' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1].textContent).toBe('May 2025£1,000£600£400');
    expect(rows[2].textContent).toBe('Jun 2025 (to 15 June 2025)£500£500Not recorded');
    expect(within(table).getByRole('link', { name: 'Beta Team' }).getAttribute('href')).toBe(`/agency?nodeId=${TEAM_B}&asAt=2025-06-15`);
    // one request for the node and all its children, for a year of months to the as-at date
    expect(requests).toHaveLength(1);
    const url = new URL(requests[0].url);
    expect(url.pathname).toBe(`/api/v1/organisation-nodes/${NODE}/agency-cost-by-month`);
    expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual(['2024-07-01', '2025-06-15']);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says the user may not see agency costs when the API refuses', async () => {
    renderRoute(<AgencyCost node={{ id: NODE, name: 'Testshire' }} asAt="2025-06-15" />, {
      routes: {
        [`/api/v1/organisation-nodes/${NODE}/agency-cost-by-month`]: { status: 403, body: { title: 'Forbidden', status: 403 } },
      },
    });
    expect(await screen.findByText(/You do not have permission to see the agency costs of Testshire/)).toBeTruthy();
    expect(screen.queryByRole('heading')).toBeNull();
  });
});
