import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { User, type UserManagerSettings } from 'oidc-client-ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { AuthProvider, createAuthSession, useAuth } from '@/lib/auth';
import { fakeFetch, TEST_ORIGIN } from '@/testing/test-utils';

/** The user manager the provider builds, replaced by one each test sets up. */
const fake = vi.hoisted(() => ({
  settings: undefined as unknown,
  stored: null as unknown,
  callback: undefined as undefined | (() => Promise<unknown>),
  silent: undefined as undefined | (() => Promise<unknown>),
  removeUser: undefined as unknown as () => Promise<void>,
  signinRedirect: undefined as unknown as (args: unknown) => Promise<void>,
  signoutRedirect: undefined as unknown as () => Promise<void>,
  unloaded: [] as (() => void)[],
}));

vi.mock('oidc-client-ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('oidc-client-ts')>();
  class FakeUserManager {
    events = {
      addUserLoaded: () => {},
      removeUserLoaded: () => {},
      addUserUnloaded: (handler: () => void) => fake.unloaded.push(handler),
      removeUserUnloaded: () => {},
    };
    constructor(settings: unknown) {
      fake.settings = settings;
    }
    getUser = async () => fake.stored;
    signinRedirectCallback = () => fake.callback!();
    signinSilent = () => fake.silent!();
    removeUser = () => fake.removeUser();
    signinRedirect = (args: unknown) => fake.signinRedirect(args);
    signoutRedirect = () => fake.signoutRedirect();
  }
  return { ...actual, UserManager: FakeUserManager };
});

function user(expiresIn: number, state?: unknown): User {
  return new User({
    access_token: 'token',
    token_type: 'Bearer',
    refresh_token: 'refresh',
    profile: {
      sub: 's',
      iss: 'http://127.0.0.1:8180/realms/workforce-insight',
      aud: 'web',
      exp: 0,
      iat: 0,
      preferred_username: 'manager1',
      name: 'Amira Khan',
    },
    expires_at: Math.floor(Date.now() / 1000) + expiresIn,
    userState: state,
  });
}

function Probe() {
  const auth = useAuth();
  return (
    <>
      <p>status: {auth.status}</p>
      <p>name: {auth.user?.name ?? 'none'}</p>
      <button type="button" onClick={() => void auth.signIn()}>
        Sign in
      </button>
      <button type="button" onClick={() => void auth.signOut()}>
        Sign out
      </button>
    </>
  );
}

async function renderProvider(scopes?: string) {
  const { fetch } = fakeFetch({
    '/api/v1/client-configuration': {
      body: {
        oidcAuthority: 'http://127.0.0.1:8180/realms/workforce-insight',
        oidcClientId: 'workforce-insight-web',
        ...(scopes === undefined ? {} : { scopes }),
      },
    },
  });
  const client = createApiClient({ baseUrl: TEST_ORIGIN, fetch });
  render(
    <AuthProvider session={createAuthSession()} client={client}>
      <Probe />
    </AuthProvider>,
  );
  return screen.findByText(/^status: (signed-in|signed-out|error)$/);
}

beforeEach(() => {
  fake.stored = null;
  fake.callback = undefined;
  fake.silent = undefined;
  fake.unloaded = [];
  fake.removeUser = vi.fn(async () => {
    fake.stored = null;
    for (const handler of fake.unloaded) handler();
  });
  fake.signinRedirect = vi.fn(async () => {});
  fake.signoutRedirect = vi.fn(async () => {});
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('AuthProvider', () => {
  it('signs in with the authorization code flow at the identity provider the API names', async () => {
    window.history.replaceState(null, '', '/teams/abc?asAt=2026-11-23');
    expect((await renderProvider()).textContent).toBe('status: signed-out');

    const settings = fake.settings as UserManagerSettings;
    expect(settings.authority).toBe('http://127.0.0.1:8180/realms/workforce-insight');
    expect(settings.client_id).toBe('workforce-insight-web');
    expect(settings.response_type).toBe('code');
    expect(settings.redirect_uri).toBe(`${window.location.origin}/auth/callback`);
    expect(settings.scope).toBe('openid profile email');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));
    expect(fake.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/teams/abc?asAt=2026-11-23' } });
  });

  it('asks for the scopes the API names, such as an Entra ID API scope', async () => {
    await renderProvider('openid profile api://workforce-insight/Workforce.Read');
    expect((fake.settings as UserManagerSettings).scope).toBe('openid profile api://workforce-insight/Workforce.Read');
  });

  it('finishes sign-in on the callback and returns to the page the user started from', async () => {
    window.history.replaceState(null, '', '/auth/callback?code=abc&state=xyz');
    fake.callback = async () => user(300, { returnTo: '/teams/abc' });

    expect((await renderProvider()).textContent).toBe('status: signed-in');
    expect(screen.getByText('name: Amira Khan')).toBeTruthy();
    expect(window.location.pathname).toBe('/teams/abc');
    expect(window.location.search).toBe('');
  });

  it('never returns to another site after the callback', async () => {
    window.history.replaceState(null, '', '/auth/callback?code=abc&state=xyz');
    fake.callback = async () => user(300, { returnTo: '//example.org/x' });

    expect((await renderProvider()).textContent).toBe('status: signed-in');
    expect(window.location.pathname).toBe('/');
  });

  it('says sign-in failed when the identity provider answers with an error', async () => {
    window.history.replaceState(null, '', '/auth/callback?error=access_denied&state=xyz');
    fake.callback = async () => {
      throw new Error('access_denied');
    };

    expect((await renderProvider()).textContent).toBe('status: error');
    expect(window.location.pathname).toBe('/');
  });

  it('carries on signed in when a used callback comes back (the back button after signing in)', async () => {
    fake.stored = user(200);
    window.history.replaceState(null, '', '/auth/callback?code=old&state=used');
    fake.callback = async () => {
      throw new Error('No matching state found in storage');
    };

    expect((await renderProvider()).textContent).toBe('status: signed-in');
    expect(window.location.pathname).toBe('/');
  });

  it('renews an expired session with the refresh token when the page opens', async () => {
    fake.stored = user(-60);
    fake.silent = async () => user(300);

    expect((await renderProvider()).textContent).toBe('status: signed-in');
  });

  it('forgets an expired session it cannot renew, and offers to sign in', async () => {
    fake.stored = user(-60);
    fake.silent = async () => {
      throw new Error('invalid_grant');
    };

    expect((await renderProvider()).textContent).toBe('status: signed-out');
    expect(fake.removeUser).toHaveBeenCalledTimes(1);
  });

  it('signs out at the identity provider and shows the user as signed out', async () => {
    fake.stored = user(300);
    fake.signoutRedirect = vi.fn(() => fake.removeUser());
    expect((await renderProvider()).textContent).toBe('status: signed-in');

    await act(() => userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' })));
    expect(fake.signoutRedirect).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('status: signed-out')).toBeTruthy();
  });
});
