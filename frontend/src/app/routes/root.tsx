import { Outlet, useLocation } from 'react-router';
import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-context';
import { organisationTreeQueryOptions } from '@/features/organisation/api/get-organisation-tree';
import { Layout } from '@/components/layout/layout';
import { useAuth } from '@/lib/auth';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { useNavigation } from './navigation';

/**
 * Every page sits in the layout. After a client-side navigation, focus moves
 * to the main content so keyboard and screen reader users start at the top.
 * A new query string counts too: choosing another as-at date replaces the
 * page's content (and the form that had focus), as a new page would.
 */
export function RootRoute() {
  const location = useLocation();
  const first = useRef(true);
  const navigation = useNavigation();
  const auth = useAuth();
  // The same query as the menu's (shared, fetched once): while it loads the menu keeps its place.
  const me = useCurrentUser(auth.status === 'signed-in');
  const navigationPending = auth.status === 'signed-in' && me.isPending;
  // Most pages start from the organisation tree: ask for it as soon as someone is signed in, alongside
  // /me and the page's own code, rather than after either (a round trip less on a phone; the overview
  // needs both answers before it can ask for its figures). Every signed-in user may read the tree
  // (OperationRules: signedIn), so there are no roles to wait for. A prefetch, not a subscription:
  // its answer does not redraw the layout.
  const queryClient = useQueryClient();
  const client = useApiClient();
  const signedIn = auth.status === 'signed-in';
  useEffect(() => {
    if (signedIn) void queryClient.prefetchQuery(organisationTreeQueryOptions(client));
  }, [signedIn, queryClient, client]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main-content')?.focus();
  }, [location.pathname, location.search]);
  return (
    <Layout navigation={navigation} navigationPending={navigationPending}>
      <Outlet />
    </Layout>
  );
}
