import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Tag } from '@/components/ui/tag';
import { SummaryList } from '@/components/ui/summary-list';
import { Loading } from '@/components/ui/loading';
import { usePageTitle } from '@/components/ui/page-title';
import { ErrorSummary } from '@/components/ui/error-summary';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { QueryError, problemItems } from '@/components/errors/query-error';
import { addDays, addMonths, formatDate, formatFte, todayIso } from '@/utils/format';
import { useWorker, type Assignment, type WorkerDetail } from '../api/get-worker';
import { useCaseloadHistory } from '../api/get-caseload-history';
import { useSupervisionSessions, type SupervisionSession } from '../api/list-supervision-sessions';
import { useAppraisals, type Appraisal } from '../api/list-appraisals';
import { employmentTypeName, roleName } from '@/utils/labels';
import { sessionTypeName } from '../utils/labels';
import { CaseloadTrend } from './caseload-trend';

export function workerName(worker: { givenName: string; familyName: string }): string {
  return `${worker.givenName} ${worker.familyName}`;
}

/** The assignment held on the date (the latest started, when more than one), or undefined. */
export function assignmentOn(assignments: Assignment[], date: string): Assignment | undefined {
  return [...assignments]
    .filter((a) => a.startDate <= date && (!a.endDate || a.endDate >= date))
    .sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
}

const RECORDED: Record<string, string> = {
  supervision: 'The supervision session has been recorded.',
  'supervision-corrected': 'The supervision session has been corrected.',
  appraisal: 'The appraisal has been recorded.',
  'appraisal-corrected': 'The appraisal has been corrected.',
};

/** How far back the page's records and trend go. */
const RECORD_YEARS = 3;
/** Sessions shown before "show earlier": a phone screen or two. */
const LATEST = 5;

export function WorkerPage({ workerId, recorded }: { workerId: string; recorded?: string }) {
  const worker = useWorker(workerId);
  usePageTitle(worker.data ? workerName(worker.data) : 'Worker');
  if (worker.isPending) return <Loading label="Loading the worker…" />;
  if (worker.isError) return <QueryError error={worker.error} what="worker" />;
  return <WorkerDetails worker={worker.data} recorded={recorded} />;
}

function WorkerDetails({ worker, recorded }: { worker: WorkerDetail; recorded?: string }) {
  const today = todayIso();
  const current = assignmentOn(worker.assignments, today);
  const latest = current ?? worker.assignments[worker.assignments.length - 1];
  const name = workerName(worker);
  const notice = recorded ? RECORDED[recorded] : undefined;
  return (
    <>
      {latest && (
        <Link className="wi-back-link" to={paths.team.getHref(latest.team.id)}>
          {latest.team.name}
        </Link>
      )}
      {notice && (
        // role alert, as GOV.UK's success banner: announced when the page opens after saving
        <div className="wi-notification" role="alert">
          <p>{notice}</p>
        </div>
      )}
      <h1 className="wi-heading-l">
        <span className="wi-caption">Worker</span> {name}
      </h1>
      <SummaryList
        rows={[
          { key: 'team', label: 'Team', value: current ? current.team.name : 'Not in post today' },
          { key: 'role', label: 'Role', value: current ? roleName(current.role) : '–' },
          { key: 'employment', label: 'Employment', value: current ? employmentTypeName(current.employmentType) : '–' },
          { key: 'fte', label: 'FTE', value: current ? formatFte(current.fte) : '–' },
          {
            key: 'asye',
            label: 'ASYE',
            value: worker.asye ? (
              <>
                <Tag colour="blue">In ASYE</Tag>
                {worker.asyeStartDate && <> since {formatDate(worker.asyeStartDate)}</>}
              </>
            ) : (
              'No'
            ),
          },
          { key: 'swe', label: 'Social Work England number', value: worker.sweRegistrationNumber ?? 'Not recorded' },
          { key: 'hr', label: 'HR or supplier id', value: worker.externalId ?? 'Not recorded' },
        ]}
      />
      <div className="wi-button-group">
        <Link className="wi-button" to={paths.recordSupervision.getHref(worker.id)}>
          Record a supervision
        </Link>
        <Link className="wi-button wi-button--secondary" to={paths.recordAppraisal.getHref(worker.id)}>
          Record an appraisal
        </Link>
      </div>
      <SupervisionRecord workerId={worker.id} from={addMonths(today, -12 * RECORD_YEARS)} to={today} />
      <AppraisalRecord workerId={worker.id} from={addMonths(today, -12 * RECORD_YEARS)} to={today} />
      <section aria-labelledby="caseload-heading">
        <h2 className="wi-heading-m" id="caseload-heading">
          Caseload over the last 12 months
        </h2>
        <Trend workerId={worker.id} from={addDays(addMonths(today, -12), 1)} to={today} />
      </section>
      <History assignments={worker.assignments} />
    </>
  );
}

function SectionError({ error, what }: { error: unknown; what: string }) {
  return <ErrorSummary title={`The ${what} could not be shown`} items={problemItems(error)} />;
}

function Trend({ workerId, from, to }: { workerId: string; from: string; to: string }) {
  const history = useCaseloadHistory(workerId, from, to);
  if (history.isPending) return <Loading label="Loading the caseload trend…" />;
  if (history.isError) return <SectionError error={history.error} what="caseload trend" />;
  return <CaseloadTrend points={history.data.points} />;
}

function SupervisionRecord({ workerId, from, to }: { workerId: string; from: string; to: string }) {
  const sessions = useSupervisionSessions(workerId, from, to);
  return (
    <section aria-labelledby="supervision-heading">
      <h2 className="wi-heading-m" id="supervision-heading">
        Supervision record
      </h2>
      {sessions.isPending ? (
        <Loading label="Loading supervision sessions…" />
      ) : sessions.isError ? (
        <SectionError error={sessions.error} what="supervision record" />
      ) : sessions.data.items.length === 0 ? (
        <p>No supervision sessions are recorded in the last {RECORD_YEARS} years.</p>
      ) : (
        <>
          <ul className="wi-cards">
            {sessions.data.items.slice(0, LATEST).map((session) => (
              <SessionCard key={session.id} session={session} workerId={workerId} />
            ))}
          </ul>
          {sessions.data.items.length > LATEST && (
            <details className="wi-section">
              <summary>Show {sessions.data.items.length - LATEST} earlier sessions</summary>
              <ul className="wi-cards">
                {sessions.data.items.slice(LATEST).map((session) => (
                  <SessionCard key={session.id} session={session} workerId={workerId} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}

function SessionCard({ session, workerId }: { session: SupervisionSession; workerId: string }) {
  const date = formatDate(session.sessionDate);
  return (
    <li className="wi-card">
      <h3 className="wi-card__title">{date}</h3>
      <SummaryList
        compact
        rows={[
          { key: 'type', label: 'Type', value: sessionTypeName(session.sessionType) },
          { key: 'duration', label: 'Duration', value: `${session.durationMinutes} minutes` },
          {
            key: 'supervisor',
            label: 'Supervisor',
            value: session.supervisor ? workerName(session.supervisor) : 'Not recorded',
          },
        ]}
      />
      <Link to={paths.correctSupervision.getHref(workerId, session.id)}>
        Correct <VisuallyHidden>the session of {date}</VisuallyHidden>
      </Link>
    </li>
  );
}

function AppraisalRecord({ workerId, from, to }: { workerId: string; from: string; to: string }) {
  const appraisals = useAppraisals(workerId, from, to);
  return (
    <section aria-labelledby="appraisal-heading">
      <h2 className="wi-heading-m" id="appraisal-heading">
        Appraisal record
      </h2>
      {appraisals.isPending ? (
        <Loading label="Loading appraisals…" />
      ) : appraisals.isError ? (
        <SectionError error={appraisals.error} what="appraisal record" />
      ) : appraisals.data.items.length === 0 ? (
        <p>No appraisals are recorded in the last {RECORD_YEARS} years.</p>
      ) : (
        <ul className="wi-cards">
          {appraisals.data.items.map((appraisal) => (
            <AppraisalCard key={appraisal.id} appraisal={appraisal} workerId={workerId} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AppraisalCard({ appraisal, workerId }: { appraisal: Appraisal; workerId: string }) {
  const date = formatDate(appraisal.completedOn);
  return (
    <li className="wi-card">
      <h3 className="wi-card__title">Completed {date}</h3>
      <SummaryList
        compact
        rows={[
          { key: 'reviewer', label: 'Reviewer', value: appraisal.reviewer ? workerName(appraisal.reviewer) : 'Not recorded' },
          { key: 'next', label: 'Next due', value: formatDate(addMonths(appraisal.completedOn, 12)) },
        ]}
      />
      <Link to={paths.correctAppraisal.getHref(workerId, appraisal.id)}>
        Correct <VisuallyHidden>the appraisal of {date}</VisuallyHidden>
      </Link>
    </li>
  );
}

function period(assignment: Assignment): string {
  return assignment.endDate
    ? `${formatDate(assignment.startDate)} to ${formatDate(assignment.endDate)}`
    : `From ${formatDate(assignment.startDate)}`;
}

/** Role, team, FTE and employment over time, newest first. */
function History({ assignments }: { assignments: Assignment[] }) {
  const newestFirst = [...assignments].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <section aria-labelledby="history-heading">
      <h2 className="wi-heading-m" id="history-heading">
        Role, team and employment history
      </h2>
      {newestFirst.length === 0 ? (
        <p>No assignments are recorded.</p>
      ) : (
        <ul className="wi-cards">
          {newestFirst.map((assignment) => (
            <li className="wi-card" key={assignment.id}>
              <h3 className="wi-card__title">{period(assignment)}</h3>
              <SummaryList
                compact
                rows={[
                  { key: 'team', label: 'Team', value: assignment.team.name },
                  { key: 'role', label: 'Role', value: roleName(assignment.role) },
                  { key: 'employment', label: 'Employment', value: employmentTypeName(assignment.employmentType) },
                  { key: 'fte', label: 'FTE', value: formatFte(assignment.fte) },
                ]}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
