import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Tag } from '@/components/ui/tag';
import { SummaryList } from '@/components/ui/summary-list';
import { Loading } from '@/components/ui/loading';
import { DrawnLater } from '@/components/ui/drawn-later';
import { WideOrNarrow } from '@/components/ui/wide-or-narrow';
import { ErrorSummary } from '@/components/ui/error-summary';
import { problemItems } from '@/components/errors/query-error';
import { formatDate } from '@/utils/format';
import { useWorkerCompliance, type WorkerCompliance, type WorkerCompliancePage } from '../api/get-worker-compliance';
import { dueText, statusOf, workersAre } from '../utils/compliance';

type Position = NonNullable<WorkerCompliance['supervision']> | NonNullable<WorkerCompliance['appraisal']>;

function name(item: WorkerCompliance): string {
  return `${item.worker.givenName} ${item.worker.familyName}`;
}

function StatusTag({ position }: { position?: Position }) {
  if (!position) return <Tag colour="grey">Not required</Tag>;
  const { text, colour } = statusOf(position.status);
  return <Tag colour={colour}>{text}</Tag>;
}

function Due({ position, asAt }: { position?: Position; asAt: string }) {
  if (!position) return <>Not required</>;
  return <>{dueText(position.dueDate, asAt, position.daysOverdue)}</>;
}

function lastText(date: string | undefined, none: string): string {
  return date ? formatDate(date) : none;
}

function WorkerLink({ item }: { item: WorkerCompliance }) {
  return <Link to={paths.worker.getHref(item.worker.id)}>{name(item)}</Link>;
}

/** The overdue and due-soon counts in a sentence, so the state is read before the list. */
export function complianceSummary(page: WorkerCompliancePage): string {
  const supervisionOverdue = page.supervisionOverdue ?? page.items.filter((i) => i.supervision?.status === 'overdue').length;
  const appraisalOverdue = page.appraisalOverdue ?? page.items.filter((i) => i.appraisal?.status === 'overdue').length;
  const soon = page.items.filter(
    (i) => i.supervision?.status === 'due-soon' || i.appraisal?.status === 'due-soon',
  ).length;
  const parts = [
    supervisionOverdue === 0 ? 'No supervisions are overdue.' : `${workersAre(supervisionOverdue)} overdue for supervision.`,
    appraisalOverdue === 0 ? 'No appraisals are overdue.' : `${workersAre(appraisalOverdue)} overdue for appraisal.`,
  ];
  if (soon > 0) parts.push(`${soon === 1 ? '1 worker has' : `${soon} workers have`} one due in the next ${page.dueSoonDays} days.`);
  return parts.join(' ');
}

/** Overdue or due soon for either: what the manager acts on. */
export function needsAction(item: WorkerCompliance): boolean {
  return [item.supervision, item.appraisal].some(
    (position) => position?.status === 'overdue' || position?.status === 'due-soon',
  );
}

/** The same workers twice: a table for wide screens, cards for narrow ones (CSS shows one; WideOrNarrow). */
function ComplianceRows({ items, asAt, caption }: { items: WorkerCompliance[]; asAt: string; caption: string }) {
  return (
    <WideOrNarrow
      wide={
        <table className="wi-table">
          <caption className="wi-table__caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Worker</th>
              <th scope="col">Supervision</th>
              <th scope="col">Last supervision</th>
              <th scope="col">Next supervision</th>
              <th scope="col">Appraisal</th>
              <th scope="col">Last appraisal</th>
              <th scope="col">Next appraisal</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.worker.id}>
                <th scope="row">
                  <WorkerLink item={item} />
                </th>
                <td>
                  <StatusTag position={item.supervision} />
                </td>
                <td>{item.supervision ? lastText(item.supervision.lastSessionDate, 'None recorded') : '–'}</td>
                <td>
                  <Due position={item.supervision} asAt={asAt} />
                </td>
                <td>
                  <StatusTag position={item.appraisal} />
                </td>
                <td>{item.appraisal ? lastText(item.appraisal.lastAppraisalDate, 'None recorded') : '–'}</td>
                <td>
                  <Due position={item.appraisal} asAt={asAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
      caption={caption}
      cards={items.map((item) => (
        <li className="wi-card" key={item.worker.id}>
          <h3 className="wi-card__title">
            <WorkerLink item={item} />
          </h3>
          <SummaryList
            compact
            rows={[
              { key: 'supervision', label: 'Supervision', value: <StatusTag position={item.supervision} /> },
              { key: 'supervision-due', label: 'Next supervision', value: <Due position={item.supervision} asAt={asAt} /> },
              {
                key: 'supervision-last',
                label: 'Last supervision',
                value: item.supervision ? lastText(item.supervision.lastSessionDate, 'None recorded') : 'Not required',
              },
              { key: 'appraisal', label: 'Appraisal', value: <StatusTag position={item.appraisal} /> },
              { key: 'appraisal-due', label: 'Next appraisal', value: <Due position={item.appraisal} asAt={asAt} /> },
              {
                key: 'appraisal-last',
                label: 'Last appraisal',
                value: item.appraisal ? lastText(item.appraisal.lastAppraisalDate, 'None recorded') : 'Not required',
              },
            ]}
          />
        </li>
      ))}
    />
  );
}

/**
 * Workers overdue or due soon, most urgent first, in full; the others folded
 * away, so that on a phone the list a manager acts on is short.
 */
export function ComplianceList({ page }: { page: WorkerCompliancePage }) {
  const asAt = page.asAt;
  const date = formatDate(asAt);
  if (page.items.length === 0) return <p>No workers in post need supervision or appraisal on this date.</p>;
  const urgent = page.items.filter(needsAction);
  const others = page.items.filter((item) => !needsAction(item));
  return (
    <>
      <p>{complianceSummary(page)}</p>
      {urgent.length > 0 && (
        <ComplianceRows
          items={urgent}
          asAt={asAt}
          caption={`Overdue or due soon in ${page.node.name} as at ${date}, most urgent first`}
        />
      )}
      {others.length > 0 && (
        <details className="wi-section">
          <summary>
            Show the {others.length === 1 ? '1 worker' : `${others.length} workers`} with nothing due in the next{' '}
            {page.dueSoonDays} days
          </summary>
          {/* Folded away: drawn just after the rest of the page, to keep the first drawing short on a phone. */}
          <DrawnLater label="Loading the workers…">
            <ComplianceRows
              items={others}
              asAt={asAt}
              caption={`Nothing due soon in ${page.node.name} as at ${date}`}
            />
          </DrawnLater>
        </details>
      )}
    </>
  );
}

/** The team page's supervision and appraisal section: who is overdue or due soon, most urgent first. */
export function TeamCompliance({ teamId, asAt }: { teamId: string; asAt?: string }) {
  const compliance = useWorkerCompliance(teamId, asAt);
  return (
    <section aria-labelledby="compliance-heading">
      <h2 className="wi-heading-m" id="compliance-heading">
        Supervisions and appraisals
      </h2>
      {compliance.isPending ? (
        <Loading label="Loading supervisions and appraisals…" />
      ) : compliance.isError ? (
        <ErrorSummary title="Supervisions and appraisals could not be shown" items={problemItems(compliance.error)} />
      ) : (
        <ComplianceList page={compliance.data} />
      )}
    </section>
  );
}
