import { useSearchParams } from 'react-router';
import { canChangeSettings } from '@/lib/roles';
import { BenchmarksReport } from '@/features/benchmarks/components/benchmarks-report';
import { RequireSignIn, WithScope } from './scope';

export function BenchmarksRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const year = Number.parseInt(searchParams.get('year') ?? '', 10);
  return (
    <RequireSignIn>
      <WithScope>
        {(scope) => (
          <BenchmarksReport
            key={Number.isFinite(year) ? year : 'latest'}
            year={Number.isFinite(year) ? year : undefined}
            onYearChange={(next) => setSearchParams({ year: String(next) })}
            canChooseComparators={canChangeSettings(scope.user.roles)}
          />
        )}
      </WithScope>
    </RequireSignIn>
  );
}
