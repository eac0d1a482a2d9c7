import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { components } from '@/api/schema';
import { TeamCompliance } from '@/features/team/components/team-compliance';
import { AbsencesToday } from '@/features/team/components/absences-today';
import { axeViolations } from '@/testing/axe';
import { ids, problem } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

type Page = components['schemas']['WorkerCompliancePage'];

const team = { id: ids.teamNorth, nodeType: 'team' as const, name: 'Assessment and Intervention North' };

function page(): Page {
  return {
    node: team,
    asAt: '2025-03-12',
    dueSoonDays: 14,
    supervisionOverdue: 1,
    appraisalOverdue: 1,
    page: 0,
    size: 200,
    totalItems: 3,
    items: [
      {
        worker: { id: 'w-davies', givenName: 'Dan', familyName: 'Davies' },
        team,
        role: 'advanced-practitioner',
        employmentType: 'permanent',
        supervision: { status: 'overdue', lastSessionDate: '2025-01-01', intervalDays: 31, dueDate: '2025-02-01', daysOverdue: 39 },
        appraisal: { status: 'overdue', lastAppraisalDate: '2024-01-05', dueDate: '2025-01-05', daysOverdue: 66 },
      },
      {
        worker: { id: 'w-brown', givenName: 'Ben', familyName: 'Brown' },
        team,
        role: 'social-worker',
        employmentType: 'agency',
        supervision: { status: 'due-soon', lastSessionDate: '2025-02-20', intervalDays: 31, dueDate: '2025-03-23' },
      },
      {
        worker: { id: 'w-evans', givenName: 'Eve', familyName: 'Evans' },
        team,
        role: 'family-support-worker',
        employmentType: 'permanent',
        supervision: { status: 'up-to-date', intervalDays: 31, dueDate: '2025-04-10' },
        appraisal: { status: 'not-due', dueDate: '2025-06-01' },
      },
    ],
  };
}

const compliancePath = `/api/v1/organisation-nodes/${ids.teamNorth}/worker-compliance`;

describe('TeamCompliance', () => {
  it('sums up what is overdue and lists workers in the API’s most-urgent-first order, status in words', async () => {
    const { container, requests } = renderRoute(<TeamCompliance teamId={ids.teamNorth} asAt="2025-03-12" />, {
      routes: { [compliancePath]: { body: page() } },
    });
    expect(
      await screen.findByText(
        '1 worker is overdue for supervision. 1 worker is overdue for appraisal. 1 worker has one due in the next 14 days.',
      ),
    ).toBeTruthy();
    const table = screen.getByRole('table', { name: /Overdue or due soon in Assessment and Intervention North/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Dan Davies', 'Ben Brown']);
    expect(within(rows[0]).getAllByText('Overdue')).toHaveLength(2);
    expect(within(rows[0]).getByText('39 days overdue (due 1 February 2025)')).toBeTruthy();
    expect(within(rows[0]).getByText('66 days overdue (due 5 January 2025)')).toBeTruthy();
    expect(within(rows[1]).getByText('Due soon')).toBeTruthy();
    expect(within(rows[1]).getAllByText('Not required')).toHaveLength(2);
    // the worker with nothing due is folded away, still in the page for whoever opens it
    expect(screen.getByText('Show the 1 worker with nothing due in the next 14 days')).toBeTruthy();
    const rest = await screen.findByRole('table', { name: /Nothing due soon in Assessment and Intervention North/ });
    const evans = within(rest).getAllByRole('row')[1];
    expect(within(evans).getByText('Not due yet')).toBeTruthy();
    expect(within(evans).getAllByText('None recorded')).toHaveLength(2);
    expect(within(rows[0]).getByRole('link', { name: 'Dan Davies' }).getAttribute('href')).toBe('/workers/w-davies');
    expect(new URL(requests[0].url).searchParams.get('asAt')).toBe('2025-03-12');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when nobody needs supervision or appraisal', async () => {
    renderRoute(<TeamCompliance teamId={ids.teamNorth} />, {
      routes: { [compliancePath]: { body: { ...page(), items: [], totalItems: 0, supervisionOverdue: 0, appraisalOverdue: 0 } } },
    });
    expect(await screen.findByText('No workers in post need supervision or appraisal on this date.')).toBeTruthy();
  });

  it('explains a refusal in words without hiding the rest of the page', async () => {
    renderRoute(<TeamCompliance teamId={ids.teamNorth} />, {
      routes: { [compliancePath]: { status: 403, body: problem(403, 'Forbidden') } },
    });
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('You do not have permission to see or change this.')).toBeTruthy();
  });
});

describe('AbsencesToday', () => {
  it('lists who is absent on the day with the kind of absence, never a sickness reason', async () => {
    const { container, requests } = renderRoute(<AbsencesToday teamId={ids.teamNorth} date="2025-03-12" />, {
      routes: {
        '/api/v1/absences': {
          body: {
            page: 0,
            size: 200,
            totalItems: 1,
            items: [
              {
                id: 'a1',
                worker: { id: 'w-green', givenName: 'Gina', familyName: 'Green' },
                absenceType: 'sickness',
                firstDay: '2025-03-10',
                lastDay: '2025-03-14',
                workingDaysLost: 5,
                sicknessReason: 'S12',
              },
            ],
          },
        },
      },
    });
    expect(await screen.findByText('Sickness, 10 March 2025 to 14 March 2025')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Absent on 12 March 2025' })).toBeTruthy();
    expect(screen.queryByText(/S12/)).toBeNull();
    const query = new URL(requests[0].url).searchParams;
    expect([query.get('nodeId'), query.get('from'), query.get('to')]).toEqual([ids.teamNorth, '2025-03-12', '2025-03-12']);
    expect(await axeViolations(container)).toEqual([]);
  });
});
