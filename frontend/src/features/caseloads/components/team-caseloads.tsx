import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { isApiError } from '@/lib/api-client';
import { paths } from '@/config/paths';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Loading } from '@/components/ui/loading';
import { DrawnLater } from '@/components/ui/drawn-later';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError, problemItems } from '@/components/errors/query-error';
import { formatDate, todayIso } from '@/utils/format';
import { useCaseloadSummary } from '../api/get-caseload-summary';
import { useWorkerCaseloads } from '../api/get-worker-caseloads';
import { AS_AT_FIELD_ID, AsAtForm } from './as-at-form';
import { CaseloadTotals } from './caseload-totals';
import { WorkerCaseloadList } from './worker-caseload-list';

/**
 * The team page: the team's totals and each worker's caseload against their
 * threshold on the as-at date.
 */
export function TeamCaseloads({
  teamId,
  asAt,
  onAsAtChange,
  before,
}: {
  teamId: string;
  asAt?: string;
  onAsAtChange: (asAt: string) => void;
  /** Sections shown after the date and before the totals: what the manager acts on first. */
  before?: ReactNode;
}) {
  const summary = useCaseloadSummary(teamId, asAt);
  const workers = useWorkerCaseloads(teamId, asAt);
  const title = summary.data?.node.name;
  usePageTitle(title ? `${title} caseloads` : 'Team caseloads');

  const error = summary.error ?? workers.error;
  const badRequest = isApiError(error) && error.status === 400;
  if (error && !badRequest) {
    return <QueryError error={error} what="team" />;
  }

  const form = (
    <AsAtForm
      key={asAt ?? 'today'}
      value={summary.data?.asAt ?? asAt ?? todayIso()}
      onChange={onAsAtChange}
      errorMessage={badRequest ? 'Enter a real date' : undefined}
    />
  );

  if (badRequest) {
    return (
      <>
        <ErrorSummary items={problemItems(error, { asAt: AS_AT_FIELD_ID })} />
        <h1 className="wi-heading-l">Team caseloads</h1>
        {form}
      </>
    );
  }

  if (summary.isPending || workers.isPending) {
    return <Loading label="Loading the team's caseloads…" />;
  }

  const report = summary.data!;
  const page = workers.data!;
  const date = formatDate(report.asAt);

  return (
    <>
      <Link className="wi-back-link" to={paths.home.getHref()}>
        All teams
      </Link>
      <h1 className="wi-heading-l">
        <span className="wi-caption">Team caseloads</span> {report.node.name}
      </h1>
      {form}
      {before}

      <section aria-labelledby="totals-heading">
        <h2 className="wi-heading-m" id="totals-heading">
          Totals as at {date}
        </h2>
        <CaseloadTotals figures={report.total} />
      </section>

      <section aria-labelledby="workers-heading">
        <h2 className="wi-heading-m" id="workers-heading">
          Workers
        </h2>
        {page.totalItems > page.items.length && (
          <p className="wi-inset">
            Showing the first {page.items.length} of {page.totalItems} workers.
          </p>
        )}
        {/* Below the first screen on a phone: drawn just after the rest of the page, so the first drawing is shorter. */}
        <DrawnLater label="Loading the workers…">
          <WorkerCaseloadList rows={page.items} caption={`Caseloads in ${report.node.name} as at ${date}`} />
        </DrawnLater>
      </section>
    </>
  );
}
