import { useSearchParams } from 'react-router';
import { MeasuresOverview } from '@/features/measures/components/measures-overview';
import { RequireSignIn, WithScope, type Scope } from './scope';

/** The overview for a scope, with the node and date from the address. */
export function OverviewPage({ scope }: { scope: Scope }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const nodeId = searchParams.get('nodeId') ?? scope.homeNodeId;
  const asAt = searchParams.get('asAt') ?? undefined;
  return (
    <MeasuresOverview
      nodes={scope.nodes}
      nodeId={nodeId}
      asAt={asAt}
      onChange={(node, date) => setSearchParams({ nodeId: node, asAt: date })}
    />
  );
}

export function OverviewRoute() {
  return (
    <RequireSignIn>
      <WithScope>{(scope) => <OverviewPage scope={scope} />}</WithScope>
    </RequireSignIn>
  );
}
