import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useParams, useSearchParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { TeamCaseloads } from '@/features/caseloads/components/team-caseloads';
import { axeViolations } from '@/testing/axe';
import { ids, problem, teamSummary, workerCaseloads } from '@/testing/fixtures';
import { renderRoute, signedInAuth, type FakeRoutes } from '@/testing/test-utils';

function TeamPage() {
  const { teamId } = useParams();
  const [params, setParams] = useSearchParams();
  return (
    <TeamCaseloads
      teamId={teamId!}
      asAt={params.get('asAt') ?? undefined}
      onAsAtChange={(asAt) => setParams({ asAt })}
    />
  );
}

const summaryPath = `/api/v1/organisation-nodes/${ids.teamNorth}/caseload-summary`;
const workersPath = `/api/v1/organisation-nodes/${ids.teamNorth}/worker-caseloads`;

const okRoutes: FakeRoutes = {
  [summaryPath]: (url) => ({ body: teamSummary(url.searchParams.get('asAt') ?? '2026-11-23') }),
  [workersPath]: { body: workerCaseloads() },
};

function renderTeam(routes: FakeRoutes = okRoutes, url = `/teams/${ids.teamNorth}`, auth = signedInAuth()) {
  return renderRoute(<TeamPage />, { path: '/teams/:teamId', url, routes, auth });
}

describe('TeamCaseloads', () => {
  it('lists each worker with cases, threshold and status written as text', async () => {
    renderTeam();

    const table = await screen.findByRole('table', { name: /Caseloads in Assessment and Intervention North/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);

    const sam = within(table).getByRole('row', { name: /Sam Okafor/ });
    expect(within(sam).getByText('Over threshold')).toBeTruthy();
    expect(within(sam).getByText('Social worker')).toBeTruthy();
    expect(within(sam).getAllByText('24')).toHaveLength(1);
    expect(within(sam).getByText('24.0')).toBeTruthy();
    expect(within(sam).getByText('20')).toBeTruthy();

    const jo = within(table).getByRole('row', { name: /Jo Patel/ });
    expect(within(jo).getByText('Within threshold')).toBeTruthy();
    expect(within(jo).getByText('ASYE')).toBeTruthy();
    expect(within(jo).getByText('Social worker (agency)')).toBeTruthy();
    expect(within(jo).getByText('0.8')).toBeTruthy();
    expect(within(jo).getByText('12.5')).toBeTruthy();

    const alex = within(table).getByRole('row', { name: /Alex Reid/ });
    expect(within(alex).getAllByText('Not recorded').length).toBeGreaterThanOrEqual(1);
    expect(within(alex).getByText('Senior practitioner')).toBeTruthy();

    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Worker', 'Role', 'FTE', 'Cases', 'Cases per FTE', 'Threshold', 'Status']);
    for (const th of within(table).getAllByRole('columnheader')) {
      expect(th.getAttribute('scope')).toBe('col');
    }
    for (const th of within(table).getAllByRole('rowheader')) {
      expect(th.getAttribute('scope')).toBe('row');
    }
  });

  it('shows the same workers as cards for narrow screens', async () => {
    renderTeam();

    const cards = await screen.findAllByRole('listitem');
    const names = cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent);
    expect(names).toEqual(['Sam Okafor', 'Jo Patel ASYE', 'Alex Reid']);
    expect(within(cards[0]).getByText('Over threshold')).toBeTruthy();
    expect(within(cards[1]).getByText('Within threshold')).toBeTruthy();
    expect(within(cards[2]).getAllByText('Not recorded').length).toBeGreaterThanOrEqual(1);
  });

  it('lists workers over their threshold first, on a phone and on a desktop', async () => {
    const page = workerCaseloads();
    const [sam, jo, alex] = page.items;
    const kim = { ...sam, worker: { id: '10000000-0000-4000-8000-000000000004', givenName: 'Kim', familyName: 'Zhou' } };
    renderTeam({
      ...okRoutes,
      // The API's order: by name, so the two over threshold are not at the top.
      [workersPath]: { body: { ...page, totalItems: 4, items: [jo, sam, alex, kim] } },
    });

    const cards = await screen.findAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Sam Okafor',
      'Kim Zhou',
      'Jo Patel ASYE',
      'Alex Reid',
    ]);
    const table = screen.getByRole('table', { name: /Caseloads in/ });
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'Sam Okafor',
      'Kim Zhou',
      'Jo Patel ASYE',
      'Alex Reid',
    ]);
    expect(screen.getByText('2 workers are over their caseload threshold, listed first.')).toBeTruthy();
  });

  it('does not claim anyone is over threshold when nobody is', async () => {
    const page = workerCaseloads();
    renderTeam({ ...okRoutes, [workersPath]: { body: { ...page, items: page.items.slice(1), totalItems: 2 } } });

    await screen.findAllByRole('listitem');
    expect(screen.queryByText(/over their caseload threshold/)).toBeNull();
  });

  it('shows the team totals', async () => {
    renderTeam();

    await screen.findByRole('heading', { level: 1, name: /Assessment and Intervention North/ });
    const totals = screen.getByRole('heading', { name: 'Totals as at 23 November 2026' }).parentElement!;
    expect(within(totals).getByText('Cases held by social workers').nextSibling?.textContent).toBe('120');
    expect(within(totals).getByText('Average caseload').nextSibling?.textContent).toBe('18.2');
    expect(within(totals).getByText('Workers over threshold').nextSibling?.textContent).toBe(
      '2 (28.6% of case holders)',
    );
    expect(within(totals).getByText('ASYE workers over 12 cases').nextSibling?.textContent).toBe('1 of 1');
    expect(within(totals).getByText('Unallocated cases').nextSibling?.textContent).toBe('4');
    expect(document.title).toBe('Assessment and Intervention North caseloads – Workforce Insight');
  });

  it('asks for the chosen as-at date', async () => {
    const { requests } = renderTeam();
    await screen.findByRole('table');

    const input = screen.getByLabelText('Show caseloads as at');
    const user = userEvent.setup();
    await user.clear(input);
    await user.type(input, '2025-06-02');
    await user.click(screen.getByRole('button', { name: 'Show' }));

    await screen.findByRole('heading', { name: 'Totals as at 2 June 2025' });
    const asked = requests.map((request) => new URL(request.url));
    expect(asked.some((url) => url.pathname === workersPath && url.searchParams.get('asAt') === '2025-06-02')).toBe(
      true,
    );
    expect(asked.every((url) => url.pathname !== workersPath || url.searchParams.get('size') === '200')).toBe(true);
  });

  it('says the user has no access when the API answers 403', async () => {
    renderTeam({
      [summaryPath]: { status: 403, body: problem(403, 'Forbidden', 'This team is outside your scope.') },
      [workersPath]: { status: 403, body: problem(403, 'Forbidden') },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this team' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to your organisation overview' }).getAttribute('href')).toBe('/');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('offers to sign in again when the API answers 401', async () => {
    const auth = signedInAuth();
    renderTeam(
      {
        [summaryPath]: { status: 401, body: problem(401, 'Unauthorized') },
        [workersPath]: { status: 401, body: problem(401, 'Unauthorized') },
      },
      `/teams/${ids.teamNorth}`,
      auth,
    );

    const button = await screen.findByRole('button', { name: 'Sign in again' });
    await userEvent.setup().click(button);
    expect(auth.signIn).toHaveBeenCalledTimes(1);
  });

  it("shows other errors' problem title and detail in an error summary", async () => {
    renderTeam({
      [summaryPath]: { status: 500, body: problem(500, 'Internal Server Error', 'Reference ABC-123.') },
      [workersPath]: { body: workerCaseloads() },
    });

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    expect(within(summary).getByText('Internal Server Error: Reference ABC-123.')).toBeTruthy();
  });

  it('links a 400 violation to the date field', async () => {
    renderTeam(
      {
        [summaryPath]: {
          status: 400,
          body: {
            ...problem(400, 'Bad Request', 'The request has 1 invalid field.'),
            violations: [{ field: 'asAt', detail: 'must be a date in the form YYYY-MM-DD' }],
          },
        },
        [workersPath]: { body: workerCaseloads() },
      },
      `/teams/${ids.teamNorth}?asAt=2026-13-45`,
    );

    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'asAt: must be a date in the form YYYY-MM-DD' });
    expect(link.getAttribute('href')).toBe('#as-at');
    expect(screen.getByLabelText('Show caseloads as at').getAttribute('aria-invalid')).toBe('true');

    // The summary has focus; its link moves focus to the field, as on GOV.UK.
    expect(document.activeElement).toBe(summary);
    await userEvent.setup().click(link);
    expect(document.activeElement).toBe(screen.getByLabelText('Show caseloads as at'));
  });

  it('says why a date is rejected and moves focus to the field, without asking the API', async () => {
    const { requests } = renderTeam();
    await screen.findByRole('table');
    const before = requests.length;

    const input = screen.getByLabelText('Show caseloads as at');
    const user = userEvent.setup();
    await user.clear(input);
    await user.click(screen.getByRole('button', { name: 'Show' }));

    expect(screen.getByText('Enter a real date')).toBeTruthy();
    expect(document.activeElement).toBe(input);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('as-at-error');
    expect(requests.length).toBe(before);
  });

  it('has no WCAG 2.2 AA violations that axe can find', async () => {
    const { container } = renderTeam();
    await screen.findByRole('table');
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());

    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no axe violations on the no-access page', async () => {
    const { container } = renderTeam({
      [summaryPath]: { status: 403, body: problem(403, 'Forbidden') },
      [workersPath]: { status: 403, body: problem(403, 'Forbidden') },
    });
    await screen.findByRole('heading', { name: 'You do not have access to this team' });

    expect(await axeViolations(container)).toEqual([]);
  });
});
