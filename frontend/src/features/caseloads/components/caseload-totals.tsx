import type { components } from '@/api/schema';
import { SummaryList } from '@/components/ui/summary-list';
import { formatOneDecimal } from '@/utils/format';

type CaseloadFigures = components['schemas']['CaseloadFigures'];

/** The team's totals on the as-at date. */
export function CaseloadTotals({ figures }: { figures: CaseloadFigures }) {
  const percent = formatOneDecimal(figures.percentOverThreshold);
  return (
    <SummaryList
      rows={[
        { key: 'cases', label: 'Cases held by social workers', value: figures.cases },
        {
          key: 'average',
          label: 'Average caseload',
          value: formatOneDecimal(figures.averageCaseload) ?? 'No case holders',
        },
        {
          key: 'over',
          label: 'Workers over threshold',
          value: percent ? `${figures.workersOverThreshold} (${percent}% of case holders)` : figures.workersOverThreshold,
        },
        {
          key: 'asye-over',
          label: `ASYE workers over ${figures.asyeCaseloadThreshold} cases`,
          value: `${figures.asyeOverThreshold} of ${figures.asyeWorkers}`,
        },
        { key: 'unallocated', label: 'Unallocated cases', value: figures.unallocatedCases },
        { key: 'in-post', label: 'Workers in post', value: figures.workersInPost },
      ]}
    />
  );
}
