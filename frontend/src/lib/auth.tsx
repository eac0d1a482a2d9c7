import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { createContext, startTransition, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { unwrap, type ApiClient } from './api-client';

/** Where the identity provider sends the browser back to after sign-in. */
export const CALLBACK_PATH = '/auth/callback';

export interface AuthUser {
  username?: string;
  name?: string;
}

export type AuthStatus = 'loading' | 'signed-out' | 'signed-in' | 'error';

export interface AuthContextValue {
  status: AuthStatus;
  user?: AuthUser;
  error?: unknown;
  /** Sends the browser to the identity provider; comes back to `returnTo` (default: this page). */
  signIn: (returnTo?: string) => Promise<void>;
  signOut: () => Promise<void>;
}

/**
 * Holds the OIDC user manager once the client configuration is known.
 * The API client asks it for the access token on every request.
 */
export interface AuthSession {
  userManager?: UserManager;
  started?: Promise<AuthState>;
  /** The refresh in flight, shared by every request that needs a fresh token. */
  renewing?: Promise<User | null>;
  getAccessToken: () => Promise<string | undefined>;
}

/** A token this close to expiry is renewed before use, so it cannot lapse on the way to the API. */
export const RENEW_WITHIN_SECONDS = 10;

type AuthState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: User }
  | { status: 'error'; error: unknown };

/**
 * The session's access token. The user manager renews it a minute before it
 * expires, but a timer in a sleeping tab or phone may not have fired yet: a token
 * that has expired (or is about to) is renewed here with the refresh token
 * before the request goes. When that fails the request goes without a token,
 * the API answers 401 and the page asks the user to sign in again.
 */
export function createAuthSession(): AuthSession {
  const session: AuthSession = {
    async getAccessToken() {
      const userManager = session.userManager;
      const user = await userManager?.getUser();
      if (!userManager || !user) return undefined;
      const fresh = user.expires_in === undefined || user.expires_in > RENEW_WITHIN_SECONDS;
      if (fresh || !user.refresh_token) {
        return user.expired ? undefined : user.access_token;
      }
      session.renewing ??= userManager.signinSilent().finally(() => {
        session.renewing = undefined;
      });
      try {
        const renewed = await session.renewing;
        if (renewed && !renewed.expired) return renewed.access_token;
      } catch {
        // The session has ended at the identity provider; see below.
      }
      return user.expired ? undefined : user.access_token;
    },
  };
  return session;
}

/**
 * Only a path on this site is allowed as a place to return to. The path is
 * resolved as the browser would resolve it, so that tricks such as "/\host"
 * (a backslash counts as a slash) cannot point at another site.
 */
export function safeReturnTo(value: unknown, origin: string = window.location.origin): string {
  if (typeof value === 'object' && value !== null && 'returnTo' in value) {
    const returnTo = (value as { returnTo: unknown }).returnTo;
    if (typeof returnTo === 'string' && returnTo.startsWith('/')) {
      let url: URL;
      try {
        url = new URL(returnTo, origin);
      } catch {
        return '/';
      }
      if (url.origin !== origin || url.pathname.startsWith('//') || url.pathname.startsWith(CALLBACK_PATH)) {
        return '/';
      }
      return `${url.pathname}${url.search}${url.hash}`;
    }
  }
  return '/';
}

function currentPath(): string {
  const { pathname, search } = window.location;
  return pathname.startsWith(CALLBACK_PATH) ? '/' : `${pathname}${search}`;
}

const DEFAULT_SCOPES = 'openid profile email';

async function start(session: AuthSession, client: ApiClient): Promise<AuthState> {
  const configuration = await unwrap(client.GET('/api/v1/client-configuration'));
  const origin = window.location.origin;
  const userManager = new UserManager({
    authority: configuration.oidcAuthority,
    client_id: configuration.oidcClientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    // the backend says which scopes to ask for (Entra ID, for one, needs the API's own scope)
    scope: configuration.scopes ?? DEFAULT_SCOPES,
    automaticSilentRenew: true,
    monitorSession: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
  session.userManager = userManager;

  const url = new URL(window.location.href);
  if (url.pathname === CALLBACK_PATH && (url.searchParams.has('code') || url.searchParams.has('error'))) {
    try {
      const user = await userManager.signinRedirectCallback();
      window.history.replaceState(null, '', safeReturnTo(user.state));
      return { status: 'signed-in', user };
    } catch (error) {
      window.history.replaceState(null, '', '/');
      // A used or stale answer (the back button after signing in brings the
      // identity provider's redirect back) while still signed in: carry on.
      const stored = await userManager.getUser().catch(() => null);
      if (stored && !stored.expired) {
        return { status: 'signed-in', user: stored };
      }
      return { status: 'error', error };
    }
  }

  const stored = await userManager.getUser();
  if (stored && !stored.expired) {
    return { status: 'signed-in', user: stored };
  }
  if (stored?.refresh_token) {
    try {
      const renewed = await userManager.signinSilent();
      if (renewed) {
        return { status: 'signed-in', user: renewed };
      }
    } catch {
      // The refresh token is no longer valid: the user signs in again.
    }
  }
  if (stored) {
    await userManager.removeUser();
  }
  return { status: 'signed-out' };
}

export const AuthContext = createContext<AuthContextValue | null>(null);

function toAuthUser(user: User): AuthUser {
  return {
    username: user.profile.preferred_username,
    name: user.profile.name ?? user.profile.preferred_username,
  };
}

export function AuthProvider({
  session,
  client,
  children,
}: {
  session: AuthSession;
  client: ApiClient;
  children: ReactNode;
}) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    // Started once per session, so that React's strict mode does not redeem the code twice.
    session.started ??= start(session, client).catch((error: unknown) => ({ status: 'error', error }) as const);
    void session.started.then((result) => {
      // As a transition, like the first drawing (main.tsx): drawing the signed-in page is sliced
      // rather than one long task.
      if (active) startTransition(() => setState(result));
    });
    return () => {
      active = false;
    };
  }, [session, client]);

  useEffect(() => {
    if (state.status === 'loading') return;
    const userManager = session.userManager;
    if (!userManager) return;
    const onLoaded = (user: User) => setState({ status: 'signed-in', user });
    const onUnloaded = () => setState({ status: 'signed-out' });
    userManager.events.addUserLoaded(onLoaded);
    userManager.events.addUserUnloaded(onUnloaded);
    return () => {
      userManager.events.removeUserLoaded(onLoaded);
      userManager.events.removeUserUnloaded(onUnloaded);
    };
  }, [session, state.status]);

  const value = useMemo<AuthContextValue>(
    () => ({
      status: state.status,
      user: state.status === 'signed-in' ? toAuthUser(state.user) : undefined,
      error: state.status === 'error' ? state.error : undefined,
      async signIn(returnTo?: string) {
        const userManager = session.userManager;
        if (!userManager) throw new Error('Sign-in is not configured yet');
        await userManager.signinRedirect({ state: { returnTo: returnTo ?? currentPath() } });
      },
      async signOut() {
        const userManager = session.userManager;
        if (!userManager) return;
        await userManager.signoutRedirect();
      },
    }),
    [state, session],
  );

  if (state.status === 'loading') {
    return (
      <p className="wi-loading" role="status">
        Loading Workforce Insight…
      </p>
    );
  }
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) {
    throw new Error('useAuth must be used inside an AuthProvider');
  }
  return value;
}
