import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError, toApiError } from '@/lib/api-client';
import { renderRoute } from '@/testing/test-utils';
import { QueryError, problemItems, problemMessage } from '../query-error';

function apiError(status: number, detail?: string) {
  return new ApiError({ title: 'Error', status, detail });
}

describe('error messages', () => {
  it('says clearly what happened for 403, 404, 409, 412, 413, 429 and a network failure', () => {
    expect(problemMessage(apiError(403))).toBe('You do not have permission to see or change this.');
    expect(problemMessage(apiError(404, 'No such node.'))).toBe('Not found: No such node.');
    expect(problemMessage(apiError(409))).toMatch(/^This change conflicts with the data as it is now/);
    expect(problemMessage(apiError(412))).toMatch(/^Someone else changed this since you opened it/);
    expect(problemMessage(apiError(413))).toBe('What you sent is too large. Send less at once and try again.');
    expect(problemMessage(new ApiError({ title: 'Too Many Requests', status: 429 }, 30))).toBe(
      'There have been too many requests. Wait 30 seconds and try again.',
    );
    expect(problemMessage(new TypeError('Failed to fetch'))).toBe('The service could not be reached. Check your connection and try again.');
    expect(problemMessage(apiError(503))).toBeUndefined();
    expect(problemItems(new ApiError({ title: 'Service Unavailable', status: 503 }))[0].text).toBe('Service Unavailable');
  });

  it('reads Retry-After from a 429', () => {
    const response = new Response('{}', { status: 429, headers: { 'Retry-After': '12' } });
    expect(toApiError({ title: 'Too Many Requests', status: 429 }, response).retryAfterSeconds).toBe(12);
  });

  it('gives 429 a page of its own and a network failure the error summary', async () => {
    renderRoute(<QueryError error={new ApiError({ title: 'Too Many Requests', status: 429 }, 5)} />, { routes: {} });
    expect(screen.getByRole('heading', { level: 1, name: 'Too many requests' })).toBeTruthy();
    expect(screen.getByText('There have been too many requests. Wait 5 seconds and try again.')).toBeTruthy();
  });

  it('shows a network failure in the error summary', () => {
    renderRoute(<QueryError error={new TypeError('Failed to fetch')} />, { routes: {} });
    expect(screen.getByRole('alert').textContent).toContain('The service could not be reached.');
  });
});
