import type { ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useAuth } from '@/lib/auth';
import { canSeeRecordHistory } from '@/lib/roles';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/errors/query-error';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { NotFound } from '@/components/errors/not-found';
import { SignInPanel } from '@/features/auth/components/sign-in-panel';
import { SignInFailed } from '@/features/auth/components/sign-in-failed';
import { WorkerPage } from '@/features/workers/components/worker-page';
import {
  CorrectAppraisalPage,
  CorrectSupervisionPage,
  RecordAppraisalPage,
  RecordSupervisionPage,
} from '@/features/workers/components/record-pages';

/** Signed in, or the sign-in panel. */
function SignedIn({ children }: { children: ReactNode }) {
  const auth = useAuth();
  if (auth.status === 'error') return <SignInFailed error={auth.error} />;
  if (auth.status !== 'signed-in') return <SignInPanel />;
  return <>{children}</>;
}

/** The signed-in user's roles, for what a page shows (the API checks the same rules again). */
function WithRoles({ children }: { children: (roles: readonly string[]) => ReactNode }) {
  const me = useCurrentUser();
  if (me.isError) return <QueryError error={me.error} what="page" />;
  if (me.isPending) return <Loading label="Loading your details…" />;
  return <>{children(me.data.roles)}</>;
}

export function WorkerRoute() {
  const { workerId } = useParams();
  const [searchParams] = useSearchParams();
  if (!workerId) return <NotFound />;
  return (
    <SignedIn>
      <WorkerPage key={workerId} workerId={workerId} recorded={searchParams.get('recorded') ?? undefined} />
    </SignedIn>
  );
}

export function RecordSupervisionRoute() {
  const { workerId } = useParams();
  if (!workerId) return <NotFound />;
  return (
    <SignedIn>
      <RecordSupervisionPage workerId={workerId} />
    </SignedIn>
  );
}

export function CorrectSupervisionRoute() {
  const { workerId, sessionId } = useParams();
  if (!workerId || !sessionId) return <NotFound />;
  return (
    <SignedIn>
      <WithRoles>
        {(roles) => (
          <CorrectSupervisionPage workerId={workerId} sessionId={sessionId} showHistory={canSeeRecordHistory(roles)} />
        )}
      </WithRoles>
    </SignedIn>
  );
}

export function RecordAppraisalRoute() {
  const { workerId } = useParams();
  if (!workerId) return <NotFound />;
  return (
    <SignedIn>
      <RecordAppraisalPage workerId={workerId} />
    </SignedIn>
  );
}

export function CorrectAppraisalRoute() {
  const { workerId, appraisalId } = useParams();
  if (!workerId || !appraisalId) return <NotFound />;
  return (
    <SignedIn>
      <WithRoles>
        {(roles) => (
          <CorrectAppraisalPage workerId={workerId} appraisalId={appraisalId} showHistory={canSeeRecordHistory(roles)} />
        )}
      </WithRoles>
    </SignedIn>
  );
}
