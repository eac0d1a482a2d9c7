import { useParams, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { canSeeWorkers } from '@/lib/roles';
import { NotFound } from '@/components/errors/not-found';
import { MeasureDrillDown } from '@/features/measures/components/measure-drill-down';
import type { MeasureId } from '@/hooks/use-measure-definitions';
import { ancestorsOf, findNode } from '@/features/organisation/utils/tree';
import { RequireSignIn, WithScope } from './scope';

/** "?page=3" is the third page (page 2 to the API); anything else is the first. */
export function pageFromQuery(value: string | null): number {
  const page = Number.parseInt(value ?? '', 10);
  return Number.isFinite(page) && page > 1 ? page - 1 : 0;
}

export function MeasureRoute() {
  const { measureId } = useParams();
  const [searchParams] = useSearchParams();
  if (!measureId) return <NotFound />;
  return (
    <RequireSignIn>
      <WithScope>
        {(scope) => {
          const nodeId = searchParams.get('nodeId') ?? scope.homeNodeId;
          const asAt = searchParams.get('asAt') ?? undefined;
          const node = findNode(scope.tree, nodeId);
          const accessible = new Set(scope.nodes.map((choice) => choice.id));
          return (
            <MeasureDrillDown
              key={`${measureId}-${nodeId}`}
              measureId={measureId as MeasureId}
              nodeId={nodeId}
              asAt={asAt}
              page={pageFromQuery(searchParams.get('page'))}
              ancestors={ancestorsOf(scope.tree, nodeId)
                .filter((ancestor) => accessible.has(ancestor.id))
                .map((ancestor) => ({ id: ancestor.id, name: ancestor.name }))}
              teamPageHref={node?.nodeType === 'team' && canSeeWorkers(scope.user.roles) ? paths.team.getHref(node.id, asAt) : undefined}
              showWorkers={canSeeWorkers(scope.user.roles)}
            />
          );
        }}
      </WithScope>
    </RequireSignIn>
  );
}
