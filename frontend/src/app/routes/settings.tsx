import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { canChangeSettings } from '@/lib/roles';
import { AccessDenied } from '@/components/errors/access-denied';
import { NotFound } from '@/components/errors/not-found';
import { usePageTitle } from '@/components/ui/page-title';
import { TargetSettings } from '@/features/measures/components/target-settings';
import { TargetForm } from '@/features/measures/components/target-form';
import type { MeasureId } from '@/hooks/use-measure-definitions';
import { ComparatorSettings } from '@/features/benchmarks/components/comparator-settings';
import { findNode } from '@/features/organisation/utils/tree';
import { PolicySettingsLinks } from '@/features/settings/components/policy-lists';
import { RequireSignIn, WithScope, type Scope } from './scope';

/** Settings are for workforce leads: anyone else is told so and shown nothing of them. */
function LeadsOnly({ children }: { children: (scope: Scope) => ReactNode }) {
  return (
    <RequireSignIn>
      <WithScope>
        {(scope) => (canChangeSettings(scope.user.roles) ? children(scope) : <AccessDenied what="page" />)}
      </WithScope>
    </RequireSignIn>
  );
}

function SettingsPage({ scope }: { scope: Scope }) {
  const [searchParams, setSearchParams] = useSearchParams();
  usePageTitle('Settings');
  const nodeId = searchParams.get('nodeId') ?? undefined;
  return (
    <>
      <h1 className="wi-heading-l">Settings</h1>
      <section className="wi-section" aria-labelledby="comparators-heading">
        <h2 className="wi-heading-m" id="comparators-heading">
          Comparator councils
        </h2>
        <p>The councils shown beside yours on the benchmarks page.</p>
        <p>
          <Link to={paths.comparators.getHref()}>Choose the comparator councils</Link>
        </p>
      </section>
      <section className="wi-section" aria-labelledby="targets-heading">
        <h2 className="wi-heading-m" id="targets-heading">
          Targets and tolerances
        </h2>
        <p>
          Each measure’s target sets its RAG status: green when it meets the target, amber when it misses by no more than
          the tolerance, red otherwise. A service or team can override the council-wide target.
        </p>
        <TargetSettings
          nodes={scope.nodes}
          nodeId={nodeId}
          onNodeChange={(id) => setSearchParams(id ? { nodeId: id } : {})}
        />
      </section>
      <section className="wi-section" aria-labelledby="policy-heading">
        <h2 className="wi-heading-m" id="policy-heading">
          Thresholds, rules and weights
        </h2>
        <PolicySettingsLinks />
      </section>
    </>
  );
}

export function SettingsRoute() {
  return <LeadsOnly>{(scope) => <SettingsPage scope={scope} />}</LeadsOnly>;
}

export function TargetEditRoute() {
  const { measureId } = useParams();
  const [searchParams] = useSearchParams();
  if (!measureId) return <NotFound />;
  const nodeId = searchParams.get('nodeId') ?? undefined;
  return (
    <LeadsOnly>
      {(scope) => {
        const node = nodeId ? findNode(scope.tree, nodeId) : scope.tree;
        if (!node) return <NotFound heading="This part of the organisation could not be found" />;
        return <TargetForm measureId={measureId as MeasureId} nodeId={nodeId} nodeName={node.name} />;
      }}
    </LeadsOnly>
  );
}

export function ComparatorsRoute() {
  return <LeadsOnly>{() => <ComparatorSettings />}</LeadsOnly>;
}
