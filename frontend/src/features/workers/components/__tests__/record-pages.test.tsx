import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CorrectAppraisalPage, CorrectSupervisionPage } from '@/features/workers/components/record-pages';
import { axeViolations } from '@/testing/axe';
import { ids, problem } from '@/testing/fixtures';
import { renderRoute, type FakeRoutes } from '@/testing/test-utils';

const WORKER = '00000000-0000-4000-8000-00000000cccc';
const SESSION = '00000000-0000-4000-8000-00000000bbbb';
const APPRAISAL = '00000000-0000-4000-8000-00000000aaaa';
const north = { id: ids.teamNorth, nodeType: 'team' as const, name: 'Assessment and Intervention North' };
const sam = { id: WORKER, givenName: 'Sam', familyName: 'Okafor' };
const amira = { id: '00000000-0000-4000-8000-00000000dddd', givenName: 'Amira', familyName: 'Khan' };

const session = { id: SESSION, supervisee: sam, supervisor: amira, sessionDate: '2025-03-03', durationMinutes: 60, sessionType: 'group' as const };

const routes: FakeRoutes = {
  [`/api/v1/workers/${WORKER}`]: {
    body: {
      ...sam,
      asye: false,
      assignments: [{ id: 'a1', team: north, role: 'social-worker', employmentType: 'permanent', fte: 1, startDate: '2020-01-01' }],
    },
  },
  '/api/v1/workers': { body: { items: [{ ...amira, asye: false }], page: 0, size: 200, totalItems: 1 } },
  [`/api/v1/supervision-sessions/${SESSION}`]: { body: session },
  [`/api/v1/supervision-sessions/${SESSION}/history`]: {
    body: {
      page: 0,
      size: 50,
      totalItems: 2,
      items: [
        {
          id: 2,
          recordType: 'supervision-session',
          recordId: SESSION,
          version: 2,
          changeType: 'updated',
          changedBy: 'manager1',
          changedAt: '2025-03-04T09:30:00Z',
          channel: 'api',
          before: { ...session, durationMinutes: 95, sessionType: 'one-to-one', supervisor: undefined },
          after: session,
        },
        {
          id: 1,
          recordType: 'supervision-session',
          recordId: SESSION,
          version: 1,
          changeType: 'created',
          changedBy: 'manager1',
          changedAt: '2025-03-03T16:00:00Z',
          channel: 'api',
          after: { ...session, durationMinutes: 95, sessionType: 'one-to-one', supervisor: undefined },
        },
      ],
    },
  },
  [`/api/v1/appraisals/${APPRAISAL}`]: { body: { id: APPRAISAL, worker: sam, completedOn: '2025-01-10' } },
  [`/api/v1/appraisals/${APPRAISAL}/history`]: { status: 403, body: problem(403, 'Forbidden') },
};

describe('CorrectSupervisionPage', () => {
  it('shows the session’s history below the form, each change in words', async () => {
    const { container } = renderRoute(<CorrectSupervisionPage workerId={WORKER} sessionId={SESSION} showHistory />, { routes });
    const table = await screen.findByRole('table', { name: 'Changes to this supervision session, newest first' });
    const [corrected, recorded] = within(table).getAllByRole('row').slice(1);
    expect(within(corrected).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Duration changed from 95 minutes to 60 minutes',
      'Type changed from One to one to Group',
      'Supervisor changed from not recorded to Amira Khan',
    ]);
    expect(within(recorded).getByText('Recorded')).toBeTruthy();
    expect(within(recorded).getByText('Date: 3 March 2025')).toBeTruthy();
    // the form comes first, the history after it
    const form = container.querySelector('form')!;
    expect(form.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await within(screen.getByLabelText('Supervisor')).findByRole('option', { name: 'Amira Khan' });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('leaves the history out, and does not ask for it, for a role that may not read it', async () => {
    const { requests } = renderRoute(
      <CorrectSupervisionPage workerId={WORKER} sessionId={SESSION} showHistory={false} />,
      { routes },
    );
    await screen.findByRole('button', { name: 'Save the correction' });
    expect(screen.queryByRole('heading', { name: /History of/ })).toBeNull();
    expect(requests.some((request) => new URL(request.url).pathname.endsWith('/history'))).toBe(false);
  });
});

describe('CorrectAppraisalPage', () => {
  it('says clearly that the history may not be seen when the API refuses it, and keeps the form', async () => {
    renderRoute(<CorrectAppraisalPage workerId={WORKER} appraisalId={APPRAISAL} showHistory />, { routes });
    expect(await screen.findByText('You do not have permission to see the history of this appraisal.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save the correction' })).toBeTruthy();
  });
});
