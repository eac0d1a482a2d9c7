import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/errors/query-error';
import { formatDate } from '@/utils/format';
import { useDfeReturn, type DfeReturn } from '../api/get-dfe-return';
import { DFE_WORKERS_PAGE_SIZE, useDfeReturnWorkers } from '../api/list-dfe-return-workers';
import { DownloadButtons } from './download-buttons';
import { PrintButton } from './print-button';
import { ReportFilters } from './report-filters';

const FIGURE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A DfE cell as the DfE file would show it: numbers plainly, an empty figure as "Not computable". */
export function dfeCell(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'Not computable';
  if (typeof value === 'number') return FIGURE.format(value);
  return String(value);
}

function fte(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : FIGURE.format(value);
}

function ReturnRow({ data }: { data: DfeReturn }) {
  const row = data.row as unknown as Record<string, unknown>;
  return (
    <ScrollRegion label={`DfE return ${data.censusYear}`}>
      <table className="wi-table wi-table--compact">
        <caption className="wi-table__caption">The council&apos;s row, in the DfE file&apos;s columns</caption>
        <thead>
          <tr>
            <th scope="col">DfE column</th>
            <th scope="col" className="wi-numeric">
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {data.columns.map((column) => (
            <tr key={column}>
              <th scope="row">
                <code>{column}</code>
              </th>
              <td className="wi-numeric">{dfeCell(row[column])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function Workers({ censusYear, page, hrefFor }: { censusYear: number; page: number; hrefFor: (page: number) => string }) {
  const workers = useDfeReturnWorkers(censusYear, page);
  if (workers.error) return <QueryError error={workers.error} what="workers" />;
  if (!workers.data) return <Loading label="Loading the workers…" />;
  const data = workers.data;
  return (
    <>
      <p>
        {data.totalItems.toLocaleString('en-GB')} workers count in the return. Each column is the FTE (or cases, or working
        days lost) a worker adds to the figure of the same name; empty where they do not count.
      </p>
      <ScrollRegion label="Workers counted in the return">
        <table className="wi-table wi-table--compact">
          <caption className="wi-table__caption wi-visually-hidden">Workers counted in the return</caption>
          <thead>
            <tr>
              <th scope="col">Worker</th>
              <th scope="col">Team</th>
              <th scope="col" className="wi-numeric">In post FTE</th>
              <th scope="col" className="wi-numeric">Starter FTE</th>
              <th scope="col" className="wi-numeric">Leaver FTE</th>
              <th scope="col" className="wi-numeric">Agency FTE</th>
              <th scope="col" className="wi-numeric">Agency cover FTE</th>
              <th scope="col" className="wi-numeric">Case holder FTE</th>
              <th scope="col" className="wi-numeric">Cases</th>
              <th scope="col" className="wi-numeric">Working days lost</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={item.worker.id}>
                <th scope="row">
                  {item.worker.givenName} {item.worker.familyName}
                </th>
                <td>{item.node?.name ?? ''}</td>
                <td className="wi-numeric">{fte(item.inPostFte)}</td>
                <td className="wi-numeric">{fte(item.starterFte)}</td>
                <td className="wi-numeric">{fte(item.leaverFte)}</td>
                <td className="wi-numeric">{fte(item.agencyFte)}</td>
                <td className="wi-numeric">{fte(item.agencyCoverFte)}</td>
                <td className="wi-numeric">{fte(item.caseHolderFte)}</td>
                <td className="wi-numeric">{fte(item.cases)}</td>
                <td className="wi-numeric">{fte(item.workingDaysLost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Pagination page={data.page} size={DFE_WORKERS_PAGE_SIZE} totalItems={data.totalItems} hrefFor={hrefFor} label="Pages of workers" />
    </>
  );
}

/** The council's DfE children's social work workforce return for a census year, and the workers behind it. */
export function DfeReturnReport({
  censusYear,
  page,
  onChange,
  hrefFor,
}: {
  censusYear: number;
  page: number;
  onChange: (censusYear: number) => void;
  hrefFor: (page: number) => string;
}) {
  const dfe = useDfeReturn(censusYear);
  usePageTitle(`DfE workforce return ${censusYear}`);
  if (dfe.error) return <QueryError error={dfe.error} what="return" />;
  if (!dfe.data) return <Loading label="Loading the DfE return…" />;
  const data = dfe.data;
  return (
    <>
      <h1 className="wi-heading-l">
        <span className="wi-caption">Census year {data.censusYear}</span> DfE children&apos;s social work workforce return
      </h1>
      <p className="wi-lead">
        The workforce on {formatDate(data.asAt)}; starters, leavers and absence from {formatDate(data.periodStart)} to{' '}
        {formatDate(data.asAt)}.
      </p>
      <ReportFilters
        key={censusYear}
        period={String(censusYear)}
        periodField={{ id: 'census-year', label: 'Census year', hint: 'The year of the 30 September snapshot, for example 2025', type: 'text', width: '4' }}
        validate={(value) => (/^\d{4}$/.test(value) ? undefined : 'Enter a census year as four digits, for example 2025')}
        onSubmit={(_node, value) => onChange(Number(value))}
      />
      <section className="wi-section" aria-labelledby="dfe-row-heading">
        <h2 className="wi-heading-m" id="dfe-row-heading">
          The council&apos;s figures
        </h2>
        <ReturnRow data={data} />
        <DownloadButtons file={{ report: 'dfe-return', censusYear }} what="DfE return" />
        <PrintButton what="DfE return" />
      </section>
      <section className="wi-section" aria-labelledby="dfe-workers-heading">
        <h2 className="wi-heading-m" id="dfe-workers-heading">
          Workers behind the figures
        </h2>
        <Workers censusYear={censusYear} page={page} hrefFor={hrefFor} />
        <DownloadButtons file={{ report: 'dfe-return-workers', censusYear }} what="workers in the DfE return" />
      </section>
    </>
  );
}
