import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { Loading } from '@/components/ui/loading';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/errors/query-error';
import { todayIso } from '@/utils/format';
import { useWorker } from '../api/get-worker';
import { useSupervisionSession } from '../api/get-supervision-session';
import { useAppraisal } from '../api/get-appraisal';
import { SupervisionForm } from './supervision-form';
import { AppraisalForm } from './appraisal-form';
import { assignmentOn, workerName } from './worker-page';
import type { WorkerDetail } from '../api/get-worker';
import type { SupervisorTeam } from './supervisor-select';
import { RecordHistory } from '@/components/ui/record-history';
import { useSupervisionSessionHistory } from '../api/get-supervision-session-history';
import { useAppraisalHistory } from '../api/get-appraisal-history';
import { APPRAISAL_HISTORY_FIELDS, SUPERVISION_HISTORY_FIELDS } from '../utils/history-fields';

function useWorkerName(workerId: string) {
  const worker = useWorker(workerId);
  return { worker, name: worker.data ? workerName(worker.data) : undefined };
}

/** The team the worker is in today, or their last team when they are in none. */
function teamOf(worker: WorkerDetail | undefined): SupervisorTeam | undefined {
  if (!worker) return undefined;
  const assignment = assignmentOn(worker.assignments, todayIso()) ?? worker.assignments[worker.assignments.length - 1];
  return assignment ? { id: assignment.team.id, name: assignment.team.name } : undefined;
}

function Heading({ title, name }: { title: string; name?: string }) {
  return (
    <h1 className="wi-heading-l">
      {name && <span className="wi-caption">{name}</span>} {title}
    </h1>
  );
}

function Back({ workerId, name }: { workerId: string; name?: string }) {
  return (
    <Link className="wi-back-link" to={paths.worker.getHref(workerId)}>
      {name ?? 'Back to the worker'}
    </Link>
  );
}

export function RecordSupervisionPage({ workerId }: { workerId: string }) {
  const navigate = useNavigate();
  const { worker, name } = useWorkerName(workerId);
  usePageTitle(name ? `Record a supervision for ${name}` : 'Record a supervision');
  if (worker.isPending) return <Loading label="Loading the worker…" />;
  if (worker.isError) return <QueryError error={worker.error} what="worker" />;
  return (
    <>
      <Back workerId={workerId} name={name} />
      <Heading title="Record a supervision" name={name} />
      <SupervisionForm
        workerId={workerId}
        team={teamOf(worker.data)}
        onSaved={() => navigate(paths.worker.getHref(workerId, 'supervision'))}
      />
    </>
  );
}

/**
 * Corrects a session, with its history below the form. `showHistory` is false for a role that may not read
 * it (the API would refuse): the section is then left out rather than shown as a refusal.
 */
export function CorrectSupervisionPage({
  workerId,
  sessionId,
  showHistory,
}: {
  workerId: string;
  sessionId: string;
  showHistory: boolean;
}) {
  const navigate = useNavigate();
  const { worker, name } = useWorkerName(workerId);
  const session = useSupervisionSession(sessionId);
  const history = useSupervisionSessionHistory(sessionId, showHistory);
  usePageTitle('Correct a supervision session');
  if (session.isPending || worker.isPending) return <Loading label="Loading the session…" />;
  if (session.isError) return <QueryError error={session.error} what="supervision session" />;
  return (
    <>
      <Back workerId={workerId} name={name} />
      <Heading title="Correct a supervision session" name={name} />
      <SupervisionForm
        workerId={workerId}
        team={teamOf(worker.data)}
        session={session.data.session}
        etag={session.data.etag}
        onSaved={() => navigate(paths.worker.getHref(workerId, 'supervision-corrected'))}
      />
      {showHistory && <RecordHistory history={history} fields={SUPERVISION_HISTORY_FIELDS} what="supervision session" />}
    </>
  );
}

export function RecordAppraisalPage({ workerId }: { workerId: string }) {
  const navigate = useNavigate();
  const { worker, name } = useWorkerName(workerId);
  usePageTitle(name ? `Record an appraisal for ${name}` : 'Record an appraisal');
  if (worker.isPending) return <Loading label="Loading the worker…" />;
  if (worker.isError) return <QueryError error={worker.error} what="worker" />;
  return (
    <>
      <Back workerId={workerId} name={name} />
      <Heading title="Record an appraisal" name={name} />
      <AppraisalForm workerId={workerId} onSaved={() => navigate(paths.worker.getHref(workerId, 'appraisal'))} />
    </>
  );
}

/** Corrects an appraisal, with its history below the form for a role that may read it. */
export function CorrectAppraisalPage({
  workerId,
  appraisalId,
  showHistory,
}: {
  workerId: string;
  appraisalId: string;
  showHistory: boolean;
}) {
  const navigate = useNavigate();
  const { name } = useWorkerName(workerId);
  const appraisal = useAppraisal(appraisalId);
  const history = useAppraisalHistory(appraisalId, showHistory);
  usePageTitle('Correct an appraisal');
  if (appraisal.isPending) return <Loading label="Loading the appraisal…" />;
  if (appraisal.isError) return <QueryError error={appraisal.error} what="appraisal" />;
  return (
    <>
      <Back workerId={workerId} name={name} />
      <Heading title="Correct an appraisal" name={name} />
      <AppraisalForm
        workerId={workerId}
        appraisal={appraisal.data.appraisal}
        etag={appraisal.data.etag}
        onSaved={() => navigate(paths.worker.getHref(workerId, 'appraisal-corrected'))}
      />
      {showHistory && <RecordHistory history={history} fields={APPRAISAL_HISTORY_FIELDS} what="appraisal" />}
    </>
  );
}
