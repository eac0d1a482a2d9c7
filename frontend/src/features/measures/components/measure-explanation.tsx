import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { ErrorSummary } from '@/components/ui/error-summary';
import { problemItems } from '@/components/errors/query-error';
import { useMeasureExplanation, type ExplanationItem } from '../api/get-measure-explanation';
import type { MeasureId } from '@/hooks/use-measure-definitions';
import { columnsFor } from '../utils/explanation-columns';

function workerName(item: ExplanationItem): string {
  return `${item.worker.givenName} ${item.worker.familyName}`;
}

/** The workers behind a figure, a page at a time, with only the columns that apply to the measure. */
export function MeasureExplanation({
  nodeId,
  measureId,
  measureName,
  asAt,
  page,
  hrefForPage,
}: {
  nodeId: string;
  measureId: MeasureId;
  measureName: string;
  asAt?: string;
  page: number;
  hrefForPage: (page: number) => string;
}) {
  const explanation = useMeasureExplanation(nodeId, measureId, asAt, page);
  if (explanation.isPending) return <Loading label="Loading the workers behind this figure…" />;
  if (explanation.isError) return <ErrorSummary title="The workers could not be shown" items={problemItems(explanation.error)} />;

  const data = explanation.data;
  if (data.totalItems === 0) {
    return <p>No worker is behind this figure on this date.</p>;
  }
  const columns = columnsFor(data.items);
  const first = data.page * data.size + 1;
  const last = data.page * data.size + data.items.length;
  const caption = `Workers behind ${measureName} in ${data.node.name}, ${first} to ${last} of ${data.totalItems}`;
  return (
    <>
      <p>
        Showing {first} to {last} of {data.totalItems} {data.totalItems === 1 ? 'row' : 'rows'}.
      </p>
      <ScrollRegion label={caption}>
        <table className="wi-table wi-explanation-table">
          <caption className="wi-visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Worker</th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={column.numeric ? 'wi-numeric' : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.items.map((item, index) => (
              <tr key={`${item.worker.id}-${item.assignmentId ?? item.absenceId ?? index}`}>
                <th scope="row">{workerName(item)}</th>
                {columns.map((column) => (
                  <td key={column.key} className={column.numeric ? 'wi-numeric' : undefined}>
                    {column.has(item) ? column.render(item) : ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Pagination page={data.page} size={data.size} totalItems={data.totalItems} hrefFor={hrefForPage} label="Pages of workers" />
    </>
  );
}
