import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { canSeeDfeReturn, canSeeReports, canWriteCommentary } from '@/lib/roles';
import { AccessDenied } from '@/components/errors/access-denied';
import { usePageTitle } from '@/components/ui/page-title';
import { WeeklyReport } from '@/features/reports/components/weekly-report';
import { MonthlyReport } from '@/features/reports/components/monthly-report';
import { DfeReturnReport } from '@/features/reports/components/dfe-return';
import { latestCensusYear, monthOf } from '@/features/reports/utils/format';
import { RequireSignIn, WithScope, type Scope } from './scope';

/** Signed in, with a role the page allows; anyone else is told so and shown nothing of it. */
function Allowed({ allow, children }: { allow: (roles: readonly string[]) => boolean; children: (scope: Scope) => ReactNode }) {
  return (
    <RequireSignIn>
      <WithScope>{(scope) => (allow(scope.user.roles) ? children(scope) : <AccessDenied what="page" />)}</WithScope>
    </RequireSignIn>
  );
}

function ReportsIndex({ scope }: { scope: Scope }) {
  usePageTitle('Reports');
  return (
    <>
      <h1 className="wi-heading-l">Reports</h1>
      <ul className="wi-report-list">
        <li>
          <h2 className="wi-heading-m">
            <Link to={paths.weeklyReport.getHref()}>Weekly caseload and compliance report</Link>
          </h2>
          <p>Caseloads, unallocated cases, supervision, appraisal and agency use for every service and team, with each team&apos;s page a click away.</p>
        </li>
        <li>
          <h2 className="wi-heading-m">
            <Link to={paths.monthlyReport.getHref()}>Monthly workforce report</Link>
          </h2>
          <p>
            Every measure against its target with the trend since last month
            {canWriteCommentary(scope.user.roles) ? ', and your commentary on each' : ' and the workforce lead’s commentary'}.
          </p>
        </li>
        {canSeeDfeReturn(scope.user.roles) && (
          <li>
            <h2 className="wi-heading-m">
              <Link to={paths.dfeReturn.getHref()}>DfE workforce return</Link>
            </h2>
            <p>The council&apos;s row of the DfE children&apos;s social work workforce census, and the workers behind each figure.</p>
          </li>
        )}
      </ul>
      <p>Each report prints without the menu and buttons, and downloads as a CSV file or an Excel workbook.</p>
    </>
  );
}

export function ReportsRoute() {
  return <Allowed allow={canSeeReports}>{(scope) => <ReportsIndex scope={scope} />}</Allowed>;
}

function WeeklyPage({ scope }: { scope: Scope }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const nodeId = searchParams.get('nodeId') ?? scope.homeNodeId;
  const asAt = searchParams.get('asAt') ?? undefined;
  return (
    <>
      <Link className="wi-back-link wi-no-print" to={paths.reports.getHref()}>
        All reports
      </Link>
      <WeeklyReport nodes={scope.nodes} nodeId={nodeId} asAt={asAt} onChange={(node, date) => setSearchParams({ nodeId: node, asAt: date })} />
    </>
  );
}

export function WeeklyReportRoute() {
  return <Allowed allow={canSeeReports}>{(scope) => <WeeklyPage scope={scope} />}</Allowed>;
}

function MonthlyPage({ scope }: { scope: Scope }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const nodeId = searchParams.get('nodeId') ?? scope.homeNodeId;
  const month = searchParams.get('month') ?? monthOf(new Date());
  return (
    <>
      <Link className="wi-back-link wi-no-print" to={paths.reports.getHref()}>
        All reports
      </Link>
      <MonthlyReport
        nodes={scope.nodes}
        nodeId={nodeId}
        month={month}
        canWrite={canWriteCommentary(scope.user.roles)}
        onChange={(node, value) => setSearchParams({ nodeId: node, month: value })}
      />
    </>
  );
}

export function MonthlyReportRoute() {
  return <Allowed allow={canSeeReports}>{(scope) => <MonthlyPage scope={scope} />}</Allowed>;
}

function DfePage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const year = Number.parseInt(searchParams.get('censusYear') ?? '', 10);
  const censusYear = Number.isFinite(year) ? year : latestCensusYear(new Date());
  const page = Math.max(0, (Number.parseInt(searchParams.get('page') ?? '', 10) || 1) - 1);
  return (
    <>
      <Link className="wi-back-link wi-no-print" to={paths.reports.getHref()}>
        All reports
      </Link>
      <DfeReturnReport
        censusYear={censusYear}
        page={page}
        onChange={(value) => setSearchParams({ censusYear: String(value) })}
        hrefFor={(next) => paths.dfeReturn.getHref(censusYear, next)}
      />
    </>
  );
}

export function DfeReturnRoute() {
  return <Allowed allow={canSeeDfeReturn}>{() => <DfePage />}</Allowed>;
}
