import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from '@/api/schema';

export type Problem = components['schemas']['Problem'];
export type ApiClient = Client<paths>;

/** Returns the current access token, or undefined when nobody is signed in. */
export type AccessTokenProvider = () => Promise<string | undefined> | string | undefined;

export interface ApiClientOptions {
  /** Origin the API is served from, e.g. window.location.origin. */
  baseUrl: string;
  getAccessToken?: AccessTokenProvider;
  fetch?: (input: Request) => Promise<Response>;
}

/**
 * An error answered by the API, carrying its RFC 9457 problem detail.
 * Every query hook throws this for a non-2xx answer.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly problem: Problem;
  /** From a 429's Retry-After header: how many seconds to wait before trying again. */
  readonly retryAfterSeconds?: number;

  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { title?: unknown }).title === 'string'
  );
}

/** Turns an error body (problem+json, other JSON, text or nothing) into an ApiError. */
export function toApiError(body: unknown, response: Response): ApiError {
  const retryAfter = Number.parseInt(response.headers?.get('Retry-After') ?? '', 10);
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined;
  if (isProblem(body)) {
    const status = typeof body.status === 'number' ? body.status : response.status;
    return new ApiError({ ...body, status }, retryAfterSeconds);
  }
  const title = response.statusText || `Request failed with status ${response.status}`;
  const detail = typeof body === 'string' && body.trim() !== '' ? body.trim().slice(0, 500) : undefined;
  return new ApiError({ title, status: response.status, detail }, retryAfterSeconds);
}

/**
 * Unwraps an openapi-fetch result: the data when the answer succeeded,
 * otherwise throws an ApiError built from the problem detail.
 */
export async function unwrap<T>(
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok || error !== undefined) {
    throw toApiError(error, response);
  }
  return data as T;
}

function bearerTokenMiddleware(getAccessToken: AccessTokenProvider): Middleware {
  return {
    async onRequest({ request }) {
      const token = await getAccessToken();
      if (token) {
        request.headers.set('Authorization', `Bearer ${token}`);
      }
      return request;
    },
  };
}

/** The typed API client: every call is checked against the contract's `paths`. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    headers: { Accept: 'application/json, application/problem+json' },
  });
  if (options.getAccessToken) {
    client.use(bearerTokenMiddleware(options.getAccessToken));
  }
  return client;
}
