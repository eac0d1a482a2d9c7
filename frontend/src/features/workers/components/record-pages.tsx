import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { Loading } from '@/components/ui/loading';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/errors/query-error';
import { useWorker } from '../api/get-worker';
import { useSupervisionSession } from '../api/get-supervision-session';
import { useAppraisal } from '../api/get-appraisal';
import { SupervisionForm } from './supervision-form';
import { AppraisalForm } from './appraisal-form';
import { workerName } from './worker-page';

function useWorkerName(workerId: string) {
  const worker = useWorker(workerId);
  return { worker, name: worker.data ? workerName(worker.data) : undefined };
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
      <SupervisionForm workerId={workerId} onSaved={() => navigate(paths.worker.getHref(workerId, 'supervision'))} />
    </>
  );
}

export function CorrectSupervisionPage({ workerId, sessionId }: { workerId: string; sessionId: string }) {
  const navigate = useNavigate();
  const { name } = useWorkerName(workerId);
  const session = useSupervisionSession(sessionId);
  usePageTitle('Correct a supervision session');
  if (session.isPending) return <Loading label="Loading the session…" />;
  if (session.isError) return <QueryError error={session.error} what="supervision session" />;
  return (
    <>
      <Back workerId={workerId} name={name} />
      <Heading title="Correct a supervision session" name={name} />
      <SupervisionForm
        workerId={workerId}
        session={session.data.session}
        etag={session.data.etag}
        onSaved={() => navigate(paths.worker.getHref(workerId, 'supervision-corrected'))}
      />
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

export function CorrectAppraisalPage({ workerId, appraisalId }: { workerId: string; appraisalId: string }) {
  const navigate = useNavigate();
  const { name } = useWorkerName(workerId);
  const appraisal = useAppraisal(appraisalId);
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
    </>
  );
}
