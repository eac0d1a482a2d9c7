import { useDeferredValue } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useAuth } from '@/lib/auth';
import { NotFound } from '@/components/errors/not-found';
import { SignInPanel } from '@/features/auth/components/sign-in-panel';
import { SignInFailed } from '@/features/auth/components/sign-in-failed';
import { TeamCaseloads } from '@/features/caseloads/components/team-caseloads';
import { TeamCompliance } from '@/features/team/components/team-compliance';
import { AbsencesToday } from '@/features/team/components/absences-today';
import { useCaseloadSummary } from '@/features/caseloads/api/get-caseload-summary';
import { useWorkerCaseloads } from '@/features/caseloads/api/get-worker-caseloads';
import { useWorkerCompliance } from '@/features/team/api/get-worker-compliance';
import { useAbsencesOn } from '@/features/team/api/get-absences-on';
import { Loading } from '@/components/ui/loading';
import { todayIso } from '@/utils/format';

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
  return <TeamPage teamId={teamId} asAt={asAt} onAsAtChange={(value) => setSearchParams(value ? { asAt: value } : {})} />;
}

/**
 * The page is drawn once all four of its answers are in (or have failed): drawn section by
 * section, the long lists arriving last pushed the totals down the screen as the manager read them
 * (a layout shift of 0.3 on a phone). All four are asked for at once, here, sharing each section's
 * query, so waiting for them costs no extra round trip.
 */
function TeamPage({ teamId, asAt, onAsAtChange }: { teamId: string; asAt?: string; onAsAtChange: (asAt: string) => void }) {
  const pending = [
    useCaseloadSummary(teamId, asAt),
    useWorkerCaseloads(teamId, asAt),
    useWorkerCompliance(teamId, asAt),
    useAbsencesOn(teamId, asAt ?? todayIso()),
  // Waiting only until each has answered once: a refused answer (403) is asked for again when the
  // section showing it mounts, and waiting for that again would take the section away and loop.
  ].some((query) => query.isPending && query.errorUpdateCount === 0);
  // Drawn at transition priority once the last answer is in: React then draws the page in slices,
  // letting the browser in between, instead of in one task of ~30 ms (Lighthouse's trace, a phone).
  const ready = useDeferredValue(!pending, false);
  if (pending || !ready) return <Loading label="Loading the team's caseloads…" />;
  return (
    <TeamCaseloads
      teamId={teamId}
      asAt={asAt}
      onAsAtChange={onAsAtChange}
      before={
        <>
          <TeamCompliance teamId={teamId} asAt={asAt} />
          <AbsencesToday teamId={teamId} date={asAt} />
        </>
      }
    />
  );
}
