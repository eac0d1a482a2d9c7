import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WorkerPage, assignmentOn } from '@/features/workers/components/worker-page';
import { trendText } from '@/features/workers/components/caseload-trend';
import { axeViolations } from '@/testing/axe';
import { ids, problem } from '@/testing/fixtures';
import { renderRoute, type FakeRoutes } from '@/testing/test-utils';
import { todayIso } from '@/utils/format';

const WORKER = '00000000-0000-4000-8000-00000000cccc';
const north = { id: ids.teamNorth, nodeType: 'team' as const, name: 'Assessment and Intervention North' };
const south = { id: ids.teamSouth, nodeType: 'team' as const, name: 'Assessment and Intervention South' };

const worker = {
  id: WORKER,
  givenName: 'Sam',
  familyName: 'Okafor',
  externalId: 'HR-004512',
  sweRegistrationNumber: 'SW123456',
  asye: false,
  assignments: [
    { id: 'a1', team: south, role: 'social-worker' as const, employmentType: 'agency' as const, fte: 1, startDate: '2022-01-01', endDate: '2023-12-31' },
    { id: 'a2', team: north, role: 'senior-practitioner' as const, employmentType: 'permanent' as const, fte: 0.8, startDate: '2024-01-01' },
  ],
};

const routes: FakeRoutes = {
  [`/api/v1/workers/${WORKER}`]: { body: worker },
  [`/api/v1/workers/${WORKER}/caseload-history`]: {
    body: {
      worker: { id: WORKER, givenName: 'Sam', familyName: 'Okafor' },
      from: '2025-01-01',
      to: '2025-03-12',
      points: [
        { snapshotDate: '2025-02-24', cases: 18 },
        { snapshotDate: '2025-03-03', cases: 21 },
        { snapshotDate: '2025-03-10', cases: 19 },
      ],
    },
  },
  '/api/v1/supervision-sessions': {
    body: {
      page: 0,
      size: 200,
      totalItems: 1,
      items: [
        {
          id: 's1',
          supervisee: { id: WORKER, givenName: 'Sam', familyName: 'Okafor' },
          supervisor: { id: 'm1', givenName: 'Amira', familyName: 'Khan' },
          sessionDate: '2025-03-03',
          durationMinutes: 95,
          sessionType: 'one-to-one',
        },
      ],
    },
  },
  '/api/v1/appraisals': { body: { page: 0, size: 200, totalItems: 0, items: [] } },
};

describe('WorkerPage', () => {
  it('shows the worker today, their records, caseload trend and history, with links to record and correct', async () => {
    const { container } = renderRoute(<WorkerPage workerId={WORKER} recorded="supervision" />, { routes });

    expect(await screen.findByRole('heading', { level: 1, name: 'Worker Sam Okafor' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('The supervision session has been recorded.');
    expect(screen.getAllByText('Senior practitioner')).toHaveLength(2);
    expect(screen.getByText('SW123456')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Record a supervision' }).getAttribute('href')).toBe(`/workers/${WORKER}/supervisions/new`);
    expect(screen.getByRole('link', { name: 'Record an appraisal' }).getAttribute('href')).toBe(`/workers/${WORKER}/appraisals/new`);

    const session = await screen.findByRole('heading', { level: 3, name: '3 March 2025' });
    const card = session.closest('li')!;
    expect(within(card).getByText('95 minutes')).toBeTruthy();
    expect(within(card).getByText('Amira Khan')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Correct the session of 3 March 2025' }).getAttribute('href')).toBe(
      `/workers/${WORKER}/supervisions/s1`,
    );
    expect(await screen.findByText(/No appraisals are recorded/)).toBeTruthy();

    expect(
      await screen.findByRole('img', {
        name: 'Caseload trend. 3 counts from 24 February 2025 to 10 March 2025: lowest 18, highest 21, latest 19 on 10 March 2025.',
      }),
    ).toBeTruthy();

    const history = screen.getByRole('heading', { level: 2, name: 'Role, team and employment history' }).closest('section')!;
    expect(within(history).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'From 1 January 2024',
      '1 January 2022 to 31 December 2023',
    ]);
    expect(within(history).getByText('Agency')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says the worker is outside the manager’s teams on a 403', async () => {
    renderRoute(<WorkerPage workerId={WORKER} />, {
      routes: { [`/api/v1/workers/${WORKER}`]: { status: 403, body: problem(403, 'Forbidden') } },
    });
    expect(await screen.findByRole('heading', { level: 1, name: /access/i })).toBeTruthy();
  });
});

describe('worker page helpers', () => {
  it('finds the assignment held on a date, the latest started when two overlap', () => {
    expect(assignmentOn(worker.assignments, '2023-06-01')?.id).toBe('a1');
    expect(assignmentOn(worker.assignments, todayIso())?.id).toBe('a2');
    expect(assignmentOn(worker.assignments, '2021-01-01')).toBeUndefined();
  });

  it('words a trend with no counts', () => {
    expect(trendText([])).toBe('No caseload counts were recorded in this period.');
  });
});
