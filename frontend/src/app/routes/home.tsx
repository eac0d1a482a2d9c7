import { useAuth } from '@/lib/auth';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/errors/query-error';
import { SignInPanel } from '@/features/auth/components/sign-in-panel';
import { SignInFailed } from '@/features/auth/components/sign-in-failed';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { OrganisationOverview } from '@/features/organisation/components/organisation-overview';

export function HomeRoute() {
  const auth = useAuth();
  if (auth.status === 'error') return <SignInFailed error={auth.error} />;
  if (auth.status !== 'signed-in') return <SignInPanel />;
  return <SignedInHome />;
}

function SignedInHome() {
  const me = useCurrentUser();
  if (me.isPending) return <Loading label="Loading your details…" />;
  if (me.isError) return <QueryError error={me.error} what="organisation" />;
  return <OrganisationOverview user={me.data} />;
}
