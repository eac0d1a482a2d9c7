import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '@/testing/axe';
import { answer, renderWithFetch } from '@/testing/fetch-harness';
import { CaseWeightEdit, SupervisionPolicyEdit } from '../policy-edit';

const ROLES = [{ code: 'senior-practitioner', name: 'Senior practitioner', dfeRoleGroup: 'senior-practitioner', qualifiedSocialWork: true, holdsCases: true, caseloadThreshold: 16 }];
const FOLLOWS_DEFAULT = { key: 'senior-practitioner', role: 'senior-practitioner', intervalDays: 31, supervised: true, ownRule: false };

const POLICY_HISTORY = {
  page: 0,
  size: 50,
  totalItems: 1,
  items: [
    {
      id: 7,
      recordType: 'supervision-policy',
      recordId: 'senior-practitioner',
      version: 1,
      changeType: 'updated',
      changedBy: 'lead',
      changedAt: '2026-01-05T11:00:00Z',
      channel: 'api',
      before: { ...FOLLOWS_DEFAULT, intervalDays: 28 },
      after: FOLLOWS_DEFAULT,
    },
  ],
};

function policyApi(put: (request: Request) => Response | Promise<Response>) {
  return async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/roles') return answer(200, ROLES);
    if (path.endsWith('/history')) return answer(200, POLICY_HISTORY);
    if (request.method === 'GET') return answer(200, FOLLOWS_DEFAULT, { ETag: '"0"' });
    return put(request);
  };
}

describe('SupervisionPolicyEdit', () => {
  it('gives a role its own rule from the version read, then goes back to the policy', async () => {
    const user = userEvent.setup();
    const { requests, router } = renderWithFetch(
      <SupervisionPolicyEdit policyKey="senior-practitioner" />,
      policyApi(() => answer(200, { ...FOLLOWS_DEFAULT, intervalDays: 21, ownRule: true }, { ETag: '"1"' })),
      { path: '/settings/supervision-policy/:key', url: '/settings/supervision-policy/senior-practitioner' },
    );
    await screen.findByRole('heading', { level: 1, name: /Supervision for senior practitioner/ });
    expect(screen.getByText(/follows the default rule/)).toBeTruthy();
    expect((screen.getByLabelText('Yes') as HTMLInputElement).checked).toBe(true);
    const days = screen.getByLabelText('Most days between supervision sessions');
    await user.clear(days);
    await user.type(days, '21');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/supervision-policy'));
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"0"');
    expect(await put?.json()).toEqual({ intervalDays: 21, supervised: true });
  });

  it('shows the rule’s history below the form in words', async () => {
    const { container } = renderWithFetch(
      <SupervisionPolicyEdit policyKey="senior-practitioner" />,
      policyApi(() => answer(500, { title: 'unexpected', status: 500 })),
    );
    const table = await screen.findByRole('table', { name: 'Changes to this rule, newest first' });
    expect(within(table).getByText('Most days between sessions changed from 28 days to 31 days')).toBeTruthy();
    expect(within(table).getByText('lead')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('checks the fields first, linking each error in the summary to its field', async () => {
    const user = userEvent.setup();
    const { requests, container } = renderWithFetch(
      <SupervisionPolicyEdit policyKey="senior-practitioner" />,
      policyApi(() => answer(500, { title: 'unexpected', status: 500 })),
    );
    const days = await screen.findByLabelText('Most days between supervision sessions');
    await user.clear(days);
    await user.type(days, '0');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Most days between supervision sessions must be 1 or more' }).getAttribute('href')).toBe(
      '#interval-days',
    );
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(document.title).toMatch(/^Error: /);
    expect(requests.some((request) => request.method === 'PUT')).toBe(false);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the API\'s refusal of a field, and a clear message when someone else changed the rule first', async () => {
    const user = userEvent.setup();
    let attempt = 0;
    renderWithFetch(
      <SupervisionPolicyEdit policyKey="senior-practitioner" />,
      policyApi(() =>
        ++attempt === 1
          ? answer(400, { title: 'Bad Request', status: 400, violations: [{ field: 'intervalDays', detail: 'must be less than or equal to 366' }] })
          : answer(412, { title: 'Precondition Failed', status: 412 }),
      ),
    );
    await screen.findByLabelText('Most days between supervision sessions');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Most days between supervision sessions: must be less than or equal to 366' }).getAttribute('href'),
    ).toBe('#interval-days');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Someone else changed this since you opened it/));
  });
});

describe('CaseWeightEdit', () => {
  it('refuses a weight with more than two decimal places before sending it', async () => {
    const user = userEvent.setup();
    const { requests } = renderWithFetch(<CaseWeightEdit caseType="child-protection" />, (request) =>
      new URL(request.url).pathname.endsWith('/history')
        ? answer(200, { items: [], page: 0, size: 50, totalItems: 0 })
        : request.method === 'GET'
          ? answer(200, { caseType: 'child-protection', points: 6.5 }, { ETag: '"3"' })
          : answer(200, {}),
    );
    await screen.findByRole('heading', { level: 1, name: /Weight of child protection cases/ });
    const points = screen.getByLabelText('Points per case');
    expect((points as HTMLInputElement).value).toBe('6.5');
    await user.clear(points);
    await user.type(points, '6.125');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(within(await screen.findByRole('alert')).getByText('Points per case must have no more than 2 decimal places')).toBeTruthy();
    expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(0);
  });
});
