import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RootRoute } from '@/app/routes/root';
import { AuthContext } from '@/lib/auth';
import { signedInAuth } from '@/testing/test-utils';

function renderApp() {
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
  render(
    <AuthContext.Provider value={signedInAuth()}>
      <RouterProvider router={router} />
    </AuthContext.Provider>,
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

  it('has a skip link to the main content', () => {
    renderApp();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip.getAttribute('href')).toBe('#main-content');
    expect(screen.getByRole('main').id).toBe('main-content');
  });
});
