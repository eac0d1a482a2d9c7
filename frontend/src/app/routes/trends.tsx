import { useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { MeasureTrends, type TrendsChoice } from '@/features/measures/components/measure-trends';
import type { MeasureId } from '@/hooks/use-measure-definitions';
import { addMonths, todayIso } from '@/utils/format';
import { RequireSignIn, WithScope } from './scope';

export function TrendsRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  return (
    <RequireSignIn>
      <WithScope>
        {(scope) => {
          const to = searchParams.get('to') ?? todayIso();
          const choice: TrendsChoice = {
            nodeId: searchParams.get('nodeId') ?? scope.homeNodeId,
            measure: (searchParams.get('measure') ?? 'agencyRate') as MeasureId,
            granularity: searchParams.get('granularity') === 'week' ? 'week' : 'month',
            from: searchParams.get('from') ?? addMonths(to, -12),
            to,
          };
          return (
            <MeasureTrends
              key={JSON.stringify(choice)}
              nodes={scope.nodes}
              choice={choice}
              onChange={(next) => setSearchParams(new URL(paths.trends.getHref(next), window.location.origin).searchParams)}
            />
          );
        }}
      </WithScope>
    </RequireSignIn>
  );
}
