import type { ReactNode } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { canSeeAgencyCharges, canSeeAgencyWorkers } from '@/lib/roles';
import { isIsoDate, todayIso } from '@/utils/format';
import { AccessDenied } from '@/components/errors/access-denied';
import { NotFound } from '@/components/errors/not-found';
import { usePageTitle } from '@/components/ui/page-title';
import { NodeDateForm } from '@/features/measures/components/node-date-form';
import { findNode } from '@/features/organisation/utils/tree';
import { AgencyWorkers } from '@/features/agency/components/agency-workers';
import { AgencyCost } from '@/features/agency/components/agency-cost';
import { AgencyAssignmentDetail } from '@/features/agency/components/agency-assignment-detail';
import { RequireSignIn, WithScope, type Scope } from './scope';

/**
 * Agency workers are person-level records of managed teams: workforce leads, senior managers and team
 * managers (not the viewer, not the HR absence officer, as the API's rule says).
 */
function AgencyReaders({ children }: { children: (scope: Scope) => ReactNode }) {
  return (
    <RequireSignIn>
      <WithScope>{(scope) => (canSeeAgencyWorkers(scope.user.roles) ? children(scope) : <AccessDenied what="page" />)}</WithScope>
    </RequireSignIn>
  );
}

function pageIndex(value: string | null): number {
  const page = Number.parseInt(value ?? '', 10);
  return Number.isFinite(page) && page > 1 ? page - 1 : 0;
}

function AgencyPage({ scope }: { scope: Scope }) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  usePageTitle('Agency workers');
  const nodeId = searchParams.get('nodeId') ?? scope.homeNodeId;
  const asAtParam = searchParams.get('asAt');
  const asAt = isIsoDate(asAtParam) ? asAtParam : todayIso();
  const node = findNode(scope.tree, nodeId);
  if (!node) return <NotFound heading="This part of the organisation could not be found" />;
  const charges = canSeeAgencyCharges(scope.user.roles);
  return (
    <>
      <h1 className="wi-heading-l">
        Agency workers <span className="wi-caption">{node.name}</span>
      </h1>
      <NodeDateForm
        nodes={scope.nodes}
        nodeId={nodeId}
        asAt={asAt}
        onSubmit={(next, date) => navigate(paths.agency.getHref(next, date))}
      />
      <section className="wi-section" aria-labelledby="workers-heading">
        <h2 className="wi-heading-m" id="workers-heading">
          Agency workers and the DfE agency rules
        </h2>
        <AgencyWorkers
          nodeId={nodeId}
          nodeName={node.name}
          asAt={asAt}
          page={pageIndex(searchParams.get('page'))}
          hrefForPage={(page) => paths.agency.getHref(nodeId, asAt, page)}
        />
      </section>
      {charges ? (
        <section className="wi-section" aria-labelledby="cost-heading">
          <h2 className="wi-heading-m" id="cost-heading">
            Agency cost by month
          </h2>
          <p>What agencies charged for their workers’ hours or days in each month, from the timesheets.</p>
          <AgencyCost node={{ id: node.id, name: node.name }} asAt={asAt} />
        </section>
      ) : (
        <p className="wi-inset">Agency charges and costs are shown to workforce leads and senior managers only.</p>
      )}
    </>
  );
}

export function AgencyRoute() {
  return <AgencyReaders>{(scope) => <AgencyPage scope={scope} />}</AgencyReaders>;
}

export function AgencyAssignmentRoute() {
  const { assignmentId } = useParams();
  if (!assignmentId) return <NotFound />;
  return <AgencyReaders>{() => <AgencyAssignmentDetail assignmentId={assignmentId} />}</AgencyReaders>;
}
