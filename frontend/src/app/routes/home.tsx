import { lazy, Suspense } from 'react';
import { useAuth } from '@/lib/auth';
import { startsOnOverview } from '@/lib/roles';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/errors/query-error';
import { SignInPanel } from '@/features/auth/components/sign-in-panel';
import { SignInFailed } from '@/features/auth/components/sign-in-failed';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { OrganisationOverview } from '@/features/organisation/components/organisation-overview';
import { WithScope } from './scope';

// The overview is a chunk of its own: a team manager's home never loads it.
const OverviewPage = lazy(() => import('./overview').then((module) => ({ default: module.OverviewPage })));

export function HomeRoute() {
  const auth = useAuth();
  if (auth.status === 'error') return <SignInFailed error={auth.error} />;
  if (auth.status !== 'signed-in') return <SignInPanel />;
  return <SignedInHome />;
}

/** Workforce leads and senior managers start on the overview; team managers on their caseloads. */
function SignedInHome() {
  const me = useCurrentUser();
  if (me.isPending) return <Loading label="Loading your details…" />;
  if (me.isError) return <QueryError error={me.error} what="organisation" />;
  if (startsOnOverview(me.data.roles)) {
    return (
      <Suspense fallback={<Loading label="Loading the overview…" />}>
        <WithScope>{(scope) => <OverviewPage scope={scope} />}</WithScope>
      </Suspense>
    );
  }
  return <OrganisationOverview user={me.data} />;
}
