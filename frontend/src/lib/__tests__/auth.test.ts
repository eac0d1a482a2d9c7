import { User, type UserManager } from 'oidc-client-ts';
import { describe, expect, it, vi } from 'vitest';
import { createAuthSession, safeReturnTo } from '@/lib/auth';

const ORIGIN = 'http://127.0.0.1:8080';

describe('safeReturnTo', () => {
  it('returns to a path on this site', () => {
    expect(safeReturnTo({ returnTo: '/teams/abc?asAt=2026-11-23' }, ORIGIN)).toBe('/teams/abc?asAt=2026-11-23');
    expect(safeReturnTo({ returnTo: '/' }, ORIGIN)).toBe('/');
  });

  it('never returns to another site or to the callback', () => {
    expect(safeReturnTo({ returnTo: '//example.org/x' }, ORIGIN)).toBe('/');
    expect(safeReturnTo({ returnTo: '/\\example.org/x' }, ORIGIN)).toBe('/');
    expect(safeReturnTo({ returnTo: '/\\/example.org/x' }, ORIGIN)).toBe('/');
    expect(safeReturnTo({ returnTo: 'http://example.org/' }, ORIGIN)).toBe('/');
    expect(safeReturnTo({ returnTo: 'javascript:alert(1)' }, ORIGIN)).toBe('/');
    expect(safeReturnTo({ returnTo: '/auth/callback?code=x' }, ORIGIN)).toBe('/');
    expect(safeReturnTo({ returnTo: 42 }, ORIGIN)).toBe('/');
    expect(safeReturnTo(undefined, ORIGIN)).toBe('/');
  });
});

function user(accessToken: string, expiresIn: number, refreshToken: string | null = 'refresh'): User {
  return new User({
    access_token: accessToken,
    token_type: 'Bearer',
    refresh_token: refreshToken ?? undefined,
    profile: { sub: 'manager1', iss: 'http://127.0.0.1:8180/realms/workforce-insight', aud: 'web', exp: 0, iat: 0 },
    expires_at: Math.floor(Date.now() / 1000) + expiresIn,
  });
}

/** A session over a user manager that holds `stored` and renews it with `renew`. */
function sessionWith(stored: User | null, renew: () => Promise<User | null>) {
  const signinSilent = vi.fn(renew);
  const session = createAuthSession();
  session.userManager = { getUser: vi.fn(async () => stored), signinSilent } as unknown as UserManager;
  return { session, signinSilent };
}

describe('createAuthSession().getAccessToken', () => {
  it('gives no token before sign-in is set up or when nobody is signed in', async () => {
    expect(await createAuthSession().getAccessToken()).toBeUndefined();
    const { session, signinSilent } = sessionWith(null, async () => null);
    expect(await session.getAccessToken()).toBeUndefined();
    expect(signinSilent).not.toHaveBeenCalled();
  });

  it('gives a fresh token as it is', async () => {
    const { session, signinSilent } = sessionWith(user('fresh', 240), async () => null);
    expect(await session.getAccessToken()).toBe('fresh');
    expect(signinSilent).not.toHaveBeenCalled();
  });

  it('renews an expired token with the refresh token before the request goes (a tab that slept)', async () => {
    const { session, signinSilent } = sessionWith(user('old', -30), async () => user('renewed', 300));
    expect(await session.getAccessToken()).toBe('renewed');
    expect(signinSilent).toHaveBeenCalledTimes(1);
  });

  it('renews a token about to expire, once for requests made together', async () => {
    let finish: (value: User) => void = () => {};
    const { session, signinSilent } = sessionWith(
      user('nearly', 3),
      () =>
        new Promise<User>((resolve) => {
          finish = resolve;
        }),
    );
    const tokens = Promise.all([session.getAccessToken(), session.getAccessToken(), session.getAccessToken()]);
    await vi.waitFor(() => expect(signinSilent).toHaveBeenCalled());
    finish(user('renewed', 300));
    expect(await tokens).toEqual(['renewed', 'renewed', 'renewed']);
    expect(signinSilent).toHaveBeenCalledTimes(1);
  });

  it('sends no token when the session has ended, so the API answers 401 and the page asks to sign in again', async () => {
    const { session } = sessionWith(user('old', -30), async () => {
      throw new Error('invalid_grant: Session not active');
    });
    expect(await session.getAccessToken()).toBeUndefined();
  });

  it('keeps a token that is still valid when renewing it fails', async () => {
    const { session } = sessionWith(user('nearly', 5), async () => {
      throw new Error('Failed to fetch');
    });
    expect(await session.getAccessToken()).toBe('nearly');
  });

  it('gives nothing for an expired token without a refresh token', async () => {
    const { session, signinSilent } = sessionWith(user('old', -30, null), async () => null);
    expect(await session.getAccessToken()).toBeUndefined();
    expect(signinSilent).not.toHaveBeenCalled();
  });
});
