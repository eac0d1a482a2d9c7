import { useParams, useSearchParams } from 'react-router';
import { useAuth } from '@/lib/auth';
import { NotFound } from '@/components/errors/not-found';
import { SignInPanel } from '@/features/auth/components/sign-in-panel';
import { SignInFailed } from '@/features/auth/components/sign-in-failed';
import { TeamCaseloads } from '@/features/caseloads/components/team-caseloads';
import { TeamCompliance } from '@/features/team/components/team-compliance';
import { AbsencesToday } from '@/features/team/components/absences-today';

/**
 * The team manager's home: what needs doing first (overdue supervisions and
 * appraisals, who is absent), then the caseloads.
 */
export function TeamRoute() {
  const auth = useAuth();
  const { teamId } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  if (auth.status === 'error') return <SignInFailed error={auth.error} />;
  if (auth.status !== 'signed-in') return <SignInPanel />;
  if (!teamId) return <NotFound />;
  const asAt = searchParams.get('asAt') ?? undefined;
  return (
    <TeamCaseloads
      teamId={teamId}
      asAt={asAt}
      onAsAtChange={(value) => setSearchParams(value ? { asAt: value } : {})}
      before={
        <>
          <TeamCompliance teamId={teamId} asAt={asAt} />
          <AbsencesToday teamId={teamId} date={asAt} />
        </>
      }
    />
  );
}
