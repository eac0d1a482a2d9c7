import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-context';
import { AuthContext } from '@/lib/auth';
import { signedInAuth, TEST_ORIGIN } from '@/testing/test-utils';

/** An answer with headers (ETag, Content-Disposition), which the shared fake fetch does not give. */
export function answer(status: number, body: BodyInit | object | null, headers: Record<string, string> = {}) {
  const isJson = body !== null && typeof body === 'object' && !(body instanceof Blob) && !(body instanceof Uint8Array);
  const type = isJson ? (status >= 400 ? 'application/problem+json' : 'application/json') : undefined;
  return new Response(isJson ? JSON.stringify(body) : (body as BodyInit | null), {
    status,
    headers: { ...(type ? { 'Content-Type': type } : {}), ...headers },
  });
}

/** Renders with the real client over a fetch the test writes, and every request it got. */
export function renderWithFetch(
  element: ReactElement,
  respond: (request: Request) => Response | Promise<Response>,
  { path = '*', url = '/' }: { path?: string; url?: string } = {},
) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    requests.push(request.clone());
    return respond(request);
  });
  const client = createApiClient({ baseUrl: TEST_ORIGIN, getAccessToken: () => 'test-token', fetch });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <p>Another page</p> },
    ],
    { initialEntries: [url] },
  );
  const result = render(
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>
        <AuthContext.Provider value={signedInAuth()}>
          <RouterProvider router={router} />
        </AuthContext.Provider>
      </ApiClientProvider>
    </QueryClientProvider>,
  );
  return { ...result, requests, fetch, router };
}
