import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { RootRoute } from '@/app/routes/root';
import { navigationFor } from '@/app/routes/navigation';
import { createApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-context';
import { AuthContext } from '@/lib/auth';
import { leadUser, managerUser } from '@/testing/fixtures';
import { fakeFetch, signedInAuth, TEST_ORIGIN } from '@/testing/test-utils';

function renderApp(user = managerUser, fetchOverride?: (request: Request) => Promise<Response>) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <RootRoute />,
        children: [
          { index: true, element: <h1>Home</h1> },
          { path: 'teams/:teamId', element: <h1>Team</h1> },
        ],
      },
    ],
    { initialEntries: ['/'] },
  );
  const { fetch } = fakeFetch({ '/api/v1/me': { body: user } });
  const client = createApiClient({ baseUrl: TEST_ORIGIN, fetch: fetchOverride ?? fetch });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ApiClientProvider client={client}>
        <AuthContext.Provider value={signedInAuth()}>
          <RouterProvider router={router} />
        </AuthContext.Provider>
      </ApiClientProvider>
    </QueryClientProvider>,
  );
  return router;
}

describe('RootRoute', () => {
  it('leaves focus alone on the first page, then moves it to the main content after each navigation', async () => {
    const router = renderApp();
    const main = screen.getByRole('main');
    expect(document.activeElement).not.toBe(main);

    await act(() => router.navigate('/teams/abc'));
    expect(screen.getByRole('heading', { name: 'Team' })).toBeTruthy();
    expect(document.activeElement).toBe(main);

    // Another as-at date: same path, new query string, new content.
    screen.getByRole('button', { name: 'Sign out' }).focus();
    await act(() => router.navigate('/teams/abc?asAt=2025-06-02'));
    expect(document.activeElement).toBe(main);
  });

  it('asks for the organisation tree alongside /me, not after it', async () => {
    const asked: string[] = [];
    // /me never answers: the tree must still be asked for.
    const fetch = vi.fn((request: Request) => {
      asked.push(new URL(request.url).pathname);
      return new Promise<Response>(() => {});
    });
    renderApp(managerUser, fetch);
    await waitFor(() => expect(asked).toContain('/api/v1/organisation-tree'));
    expect(asked).toContain('/api/v1/me');
  });

  it('has a skip link to the main content', () => {
    renderApp();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip.getAttribute('href')).toBe('#main-content');
    expect(screen.getByRole('main').id).toBe('main-content');
  });
});

describe('navigation', () => {
  it('shows a workforce lead every page, settings included, and marks the current one', async () => {
    renderApp(leadUser);
    const menu = await screen.findByRole('navigation', { name: 'Menu' });
    const links = within(menu).getAllByRole('link').map((link) => link.textContent);
    expect(links).toEqual(['Overview', 'Caseloads', 'Trends', 'Benchmarks', 'Agency', 'Absence', 'Imports', 'Reports', 'Settings']);
    expect(within(menu).getByRole('link', { name: 'Overview' }).getAttribute('aria-current')).toBe('page');
  });

  it('never offers settings to a team manager, and nothing to someone without a product role', () => {
    expect(navigationFor(managerUser.roles).map((item) => item.text)).toEqual(['Overview', 'Caseloads', 'Trends', 'Benchmarks', 'Agency', 'Reports']);
    expect(navigationFor(['senior-manager']).map((item) => item.text)).not.toContain('Settings');
    expect(navigationFor([])).toEqual([]);
    // Viewers and HR absence officers see aggregates: the menu, but never settings.
    expect(navigationFor(['viewer']).map((item) => item.text)).toEqual(['Overview', 'Caseloads', 'Trends', 'Benchmarks', 'Reports']);
    // Health detail (absence) for the HR absence officer; agency workers and imports are not theirs.
    expect(navigationFor(['hr-absence-officer']).map((item) => item.text)).toEqual(['Overview', 'Caseloads', 'Trends', 'Benchmarks', 'Absence', 'Reports']);
    expect(navigationFor(['senior-manager']).map((item) => item.text)).toEqual(['Overview', 'Caseloads', 'Trends', 'Benchmarks', 'Agency', 'Reports']);
  });
});
