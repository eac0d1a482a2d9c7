import { describe, expect, it } from 'vitest';
import { safeReturnTo } from '@/lib/auth';

describe('safeReturnTo', () => {
  it('returns to a path on this site', () => {
    expect(safeReturnTo({ returnTo: '/teams/abc?asAt=2026-11-23' })).toBe('/teams/abc?asAt=2026-11-23');
  });

  it('never returns to another site or to the callback', () => {
    expect(safeReturnTo({ returnTo: '//example.org/x' })).toBe('/');
    expect(safeReturnTo({ returnTo: 'http://example.org/' })).toBe('/');
    expect(safeReturnTo({ returnTo: '/auth/callback?code=x' })).toBe('/');
    expect(safeReturnTo(undefined)).toBe('/');
  });
});
