import type { ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useAuth } from '@/lib/auth';
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
      <CorrectSupervisionPage workerId={workerId} sessionId={sessionId} />
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
      <CorrectAppraisalPage workerId={workerId} appraisalId={appraisalId} />
    </SignedIn>
  );
}
