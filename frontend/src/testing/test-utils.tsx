import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-context';
import { AuthContext, type AuthContextValue } from '@/lib/auth';

export const TEST_ORIGIN = 'http://localhost:3000';

/** A canned answer: JSON body and status (problem+json for 4xx and 5xx). */
export interface FakeResponse {
  status?: number;
  body: unknown;
}

export type FakeRoutes = Record<string, FakeResponse | ((url: URL, request: Request) => FakeResponse)>;

export function jsonResponse({ status = 200, body }: FakeResponse): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

/** A fetch that answers by path and records every request it got. */
export function fakeFetch(routes: FakeRoutes) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    requests.push(request);
    const url = new URL(request.url);
    const route = routes[url.pathname];
    if (!route) {
      return jsonResponse({ status: 404, body: { title: 'Not Found', status: 404 } });
    }
    return jsonResponse(typeof route === 'function' ? route(url, request) : route);
  });
  return { fetch, requests };
}

export function signedInAuth(overrides: Partial<AuthContextValue> = {}): AuthContextValue {
  return {
    status: 'signed-in',
    user: { username: 'manager1', name: 'Amira Khan' },
    signIn: vi.fn(async () => {}),
    signOut: vi.fn(async () => {}),
    ...overrides,
  };
}

/**
 * Renders an element at a route with the real API client (over a fake fetch),
 * a fresh query cache and a given sign-in state.
 */
export function renderRoute(
  element: ReactElement,
  {
    path = '/',
    url = '/',
    routes,
    auth = signedInAuth(),
  }: { path?: string; url?: string; routes: FakeRoutes; auth?: AuthContextValue },
) {
  const { fetch, requests } = fakeFetch(routes);
  const client = createApiClient({ baseUrl: TEST_ORIGIN, getAccessToken: () => 'test-token', fetch });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path, element }], { initialEntries: [url] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>
        <AuthContext.Provider value={auth}>
          <RouterProvider router={router} />
        </AuthContext.Provider>
      </ApiClientProvider>
    </QueryClientProvider>,
  );
  return { ...result, requests, fetch, router, auth };
}
