import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HomeRoute } from '@/app/routes/home';
import { TeamRoute } from '@/app/routes/team';
import { ids, managerUser, organisationTree, teamSummary } from '@/testing/fixtures';
import { renderRoute, signedInAuth } from '@/testing/test-utils';

describe('routes', () => {
  it('offers to sign in on the home page when nobody is signed in', async () => {
    const auth = signedInAuth({ status: 'signed-out', user: undefined });
    const { requests } = renderRoute(<HomeRoute />, { routes: {}, auth });

    expect(screen.getByRole('heading', { level: 1, name: 'Workforce Insight' })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));
    expect(auth.signIn).toHaveBeenCalledTimes(1);
    expect(requests).toHaveLength(0);
  });

  it('asks someone not signed in to sign in before showing a team', () => {
    const auth = signedInAuth({ status: 'signed-out', user: undefined });
    renderRoute(<TeamRoute />, { path: '/teams/:teamId', url: `/teams/${ids.teamNorth}`, routes: {}, auth });

    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('says a team is out of reach once, without asking again and again, when the API refuses it (403)', async () => {
    const forbidden = { status: 403, body: { title: 'Forbidden', status: 403 } };
    const { requests } = renderRoute(<TeamRoute />, {
      path: '/teams/:teamId',
      url: `/teams/${ids.teamNorth}`,
      routes: {
        [`/api/v1/organisation-nodes/${ids.teamNorth}/caseload-summary`]: forbidden,
        [`/api/v1/organisation-nodes/${ids.teamNorth}/worker-caseloads`]: forbidden,
        [`/api/v1/organisation-nodes/${ids.teamNorth}/worker-compliance`]: forbidden,
        '/api/v1/absences': forbidden,
      },
    });

    expect(await screen.findByRole('heading', { level: 1, name: /do not have access/ })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByRole('status')).toBeNull();
    // Each asked for at most twice: once by the page, once more when the section showing it appears.
    expect(requests.filter((request) => request.url.includes('worker-caseloads')).length).toBeLessThanOrEqual(2);
  });

  it('shows the organisation to a signed-in user, from GET /api/v1/me', async () => {
    renderRoute(<HomeRoute />, {
      routes: {
        '/api/v1/me': { body: managerUser },
        '/api/v1/organisation-tree': { body: organisationTree({ north: true, south: false, east: false }) },
        [`/api/v1/organisation-nodes/${ids.teamNorth}/caseload-summary`]: { body: teamSummary() },
      },
    });

    expect(await screen.findByRole('heading', { level: 1, name: /Northbridge City Council/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'View caseloads for Assessment and Intervention North' })).toBeTruthy();
  });

  it('explains a failed sign-in set-up with the problem detail', async () => {
    const auth = signedInAuth({
      status: 'error',
      user: undefined,
      error: new (await import('@/lib/api-client')).ApiError({ title: 'Service Unavailable', status: 503 }),
    });
    renderRoute(<HomeRoute />, { routes: {}, auth });

    expect(screen.getByRole('heading', { level: 1, name: 'Sorry, there is a problem signing you in' })).toBeTruthy();
    expect(screen.getByText('Service Unavailable')).toBeTruthy();
  });
});

describe('sign-in failures', () => {
  it('says so when the identity provider cannot be reached', async () => {
    const auth = signedInAuth({
      status: 'signed-out',
      user: undefined,
      signIn: async () => {
        throw new Error('Failed to fetch');
      },
    });
    renderRoute(<HomeRoute />, { routes: {}, auth });

    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Sign-in is not available at the moment. Try again in a few minutes.')).toBeTruthy();
  });
});
