import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
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
  getAccessToken: () => Promise<string | undefined>;
}

type AuthState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: User }
  | { status: 'error'; error: unknown };

export function createAuthSession(): AuthSession {
  const session: AuthSession = {
    async getAccessToken() {
      const user = await session.userManager?.getUser();
      return user && !user.expired ? user.access_token : undefined;
    },
  };
  return session;
}

/** Only same-origin paths are allowed as a place to return to. */
export function safeReturnTo(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'returnTo' in value) {
    const returnTo = (value as { returnTo: unknown }).returnTo;
    if (typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//')) {
      return returnTo.startsWith(CALLBACK_PATH) ? '/' : returnTo;
    }
  }
  return '/';
}

function currentPath(): string {
  const { pathname, search } = window.location;
  return pathname.startsWith(CALLBACK_PATH) ? '/' : `${pathname}${search}`;
}

async function start(session: AuthSession, client: ApiClient): Promise<AuthState> {
  const configuration = await unwrap(client.GET('/api/v1/client-configuration'));
  const origin = window.location.origin;
  const userManager = new UserManager({
    authority: configuration.oidcAuthority,
    client_id: configuration.oidcClientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
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
      if (active) setState(result);
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
