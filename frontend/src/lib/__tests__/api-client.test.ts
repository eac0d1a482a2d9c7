import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, isApiError, unwrap } from '@/lib/api-client';

const ORIGIN = 'http://localhost:3000';

function respond(status: number, body: unknown, contentType = 'application/json') {
  return vi.fn(async (request: Request) => {
    void request;
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': contentType },
    });
  });
}

describe('createApiClient', () => {
  it('adds the bearer token to every request', async () => {
    const fetch = respond(200, { username: 'manager1', roles: [], allNodes: false, nodeIds: [] });
    const client = createApiClient({ baseUrl: ORIGIN, getAccessToken: async () => 'abc.def.ghi', fetch });

    const me = await unwrap(client.GET('/api/v1/me'));

    expect(me.username).toBe('manager1');
    expect(fetch).toHaveBeenCalledTimes(1);
    const request = fetch.mock.calls[0][0];
    expect(request.headers.get('Authorization')).toBe('Bearer abc.def.ghi');
    expect(request.url).toBe(`${ORIGIN}/api/v1/me`);
  });

  it('sends no Authorization header when nobody is signed in', async () => {
    const fetch = respond(200, { oidcAuthority: 'http://127.0.0.1:8180/realms/x', oidcClientId: 'web' });
    const client = createApiClient({ baseUrl: ORIGIN, getAccessToken: () => undefined, fetch });

    await unwrap(client.GET('/api/v1/client-configuration'));

    expect(fetch.mock.calls[0][0].headers.get('Authorization')).toBeNull();
  });

  it('writes path and query parameters from the contract', async () => {
    const fetch = respond(200, { items: [], page: 0, size: 200, totalItems: 0 });
    const client = createApiClient({ baseUrl: ORIGIN, getAccessToken: () => 't', fetch });

    await unwrap(
      client.GET('/api/v1/organisation-nodes/{nodeId}/worker-caseloads', {
        params: { path: { nodeId: 'abc' }, query: { asAt: '2026-11-23', size: 200 } },
      }),
    );

    const url = new URL(fetch.mock.calls[0][0].url);
    expect(url.pathname).toBe('/api/v1/organisation-nodes/abc/worker-caseloads');
    expect(url.searchParams.get('asAt')).toBe('2026-11-23');
    expect(url.searchParams.get('size')).toBe('200');
  });

  it('turns a problem+json answer into an ApiError with its title, status and detail', async () => {
    const fetch = respond(
      403,
      { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'This team is outside your scope.' },
      'application/problem+json',
    );
    const client = createApiClient({ baseUrl: ORIGIN, getAccessToken: () => 't', fetch });

    const error = await unwrap(client.GET('/api/v1/me')).catch((e: unknown) => e);

    expect(isApiError(error)).toBe(true);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(403);
    expect(apiError.title).toBe('Forbidden');
    expect(apiError.detail).toBe('This team is outside your scope.');
    expect(apiError.message).toBe('Forbidden: This team is outside your scope.');
  });

  it('keeps the violations of a 400 problem', async () => {
    const fetch = respond(
      400,
      {
        title: 'Bad Request',
        status: 400,
        detail: 'The request has 1 invalid field.',
        violations: [{ field: 'asAt', detail: 'must be a date in the form YYYY-MM-DD' }],
      },
      'application/problem+json',
    );
    const client = createApiClient({ baseUrl: ORIGIN, getAccessToken: () => 't', fetch });

    const error = (await unwrap(client.GET('/api/v1/organisation-tree')).catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(400);
    expect(error.problem.violations).toEqual([{ field: 'asAt', detail: 'must be a date in the form YYYY-MM-DD' }]);
  });

  it('makes an ApiError from an answer that is not problem+json', async () => {
    const fetch = vi.fn(async (request: Request) => {
      void request;
      return new Response('upstream timed out', { status: 502, statusText: 'Bad Gateway' });
    });
    const client = createApiClient({ baseUrl: ORIGIN, getAccessToken: () => 't', fetch });

    const error = (await unwrap(client.GET('/api/v1/me')).catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
    expect(error.detail).toBe('upstream timed out');
  });
});
