import { useSearchParams } from 'react-router';
import { OrganisationOverview } from '@/features/organisation/components/organisation-overview';
import { RequireSignIn, WithScope } from './scope';

/** Every team's caseloads: the home page of team managers, a page of its own for leads. */
export function CaseloadsRoute() {
  const [searchParams] = useSearchParams();
  return (
    <RequireSignIn>
      <WithScope>{(scope) => <OrganisationOverview user={scope.user} asAt={searchParams.get('asAt') ?? undefined} />}</WithScope>
    </RequireSignIn>
  );
}
