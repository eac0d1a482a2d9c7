import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isApiError } from '@/lib/api-client';
import { paths } from '@/config/paths';
import { Loading } from '@/components/ui/loading';
import { usePageTitle } from '@/components/ui/page-title';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { ErrorSummary } from '@/components/ui/error-summary';
import { QueryError, problemItems } from '@/components/errors/query-error';
import { formatDate } from '@/utils/format';
import { useBenchmarks, type BenchmarkReport, type BenchmarkRow } from '../api/get-benchmarks';
import { FIRST_CENSUS_YEAR, INDICATORS, formatIndicator, latestPublishedCensusYear } from '../utils/indicators';

const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/** The columns of the table: our figures first, then DfE's published ones. */
export function benchmarkColumns(report: BenchmarkReport): { key: string; heading: string; row: BenchmarkRow }[] {
  const columns = [{ key: 'council', heading: `${report.council.name} (this system)`, row: report.council }];
  if (report.councilPublished) {
    columns.push({ key: 'council-published', heading: `${report.councilPublished.name} (DfE published)`, row: report.councilPublished });
  }
  if (report.england) columns.push({ key: 'england', heading: report.england.name, row: report.england });
  if (report.region) columns.push({ key: 'region', heading: report.region.name, row: report.region });
  for (const comparator of report.comparators) {
    columns.push({ key: `la-${comparator.code ?? comparator.name}`, heading: comparator.name, row: comparator });
  }
  return columns;
}

/** The council's DfE measures beside England, its region and its comparators, for a census year. */
export function BenchmarksReport({
  year,
  onYearChange,
  canChooseComparators,
}: {
  year?: number;
  onYearChange: (year: number) => void;
  canChooseComparators: boolean;
}) {
  const latest = latestPublishedCensusYear();
  const censusYear = year ?? latest;
  const benchmarks = useBenchmarks(censusYear);
  const [draft, setDraft] = useState(String(censusYear));
  usePageTitle(`Benchmarks for ${censusYear}`);

  const error = benchmarks.error;
  const missingYear = isApiError(error) && (error.status === 404 || error.status === 400);
  if (error && !missingYear) return <QueryError error={error} what="benchmark" />;

  const years = Array.from({ length: Math.max(1, latest - FIRST_CENSUS_YEAR + 1) }, (_, index) => latest - index);
  if (!years.includes(censusYear)) years.unshift(censusYear);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onYearChange(Number(draft));
  }

  return (
    <>
      {missingYear && <ErrorSummary items={problemItems(error, { censusYear: 'census-year' }, { censusYear: 'Census year' })} />}
      <h1 className="wi-heading-l">
        <span className="wi-caption">Benchmarks</span> Children’s social work workforce, {censusYear}
      </h1>
      <p className="wi-lead">
        The council’s figures on the Department for Education’s measures, as at 30 September {censusYear}, beside
        England, its region and its comparator councils.
      </p>
      <form className="wi-filter-form" onSubmit={submit} noValidate>
        <div className="wi-form-group">
          <label className="wi-label" htmlFor="census-year">
            Census year
          </label>
          <select className="wi-select" id="census-year" value={draft} onChange={(event) => setDraft(event.target.value)}>
            {years.map((option) => (
              <option key={option} value={option}>
                {option} (30 September {option})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="wi-button wi-button--secondary">
          Show
        </button>
      </form>
      {canChooseComparators && (
        <p>
          <Link to={paths.comparators.getHref()}>Choose the comparator councils</Link>
        </p>
      )}
      {benchmarks.isPending ? (
        <Loading label="Loading the benchmarks…" />
      ) : benchmarks.data ? (
        <BenchmarkTable report={benchmarks.data} />
      ) : null}
    </>
  );
}

function BenchmarkTable({ report }: { report: BenchmarkReport }) {
  const columns = benchmarkColumns(report);
  const caption = `DfE measures for ${report.censusYear}: ${report.council.name} beside England, region and comparators`;
  return (
    <>
      {report.comparators.length === 0 && (
        <p className="wi-inset">No comparator councils have been chosen yet, so only England and the region are shown.</p>
      )}
      <ScrollRegion label={caption}>
        <table className="wi-table wi-benchmark-table">
          <caption className="wi-visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className="wi-numeric">
                  {column.heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {INDICATORS.map((indicator) => (
              <tr key={indicator.key}>
                <th scope="row">{indicator.label}</th>
                {columns.map((column) => (
                  <td key={column.key} className="wi-numeric">
                    {formatIndicator(column.row.indicators[indicator.key], indicator.unit)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="wi-secondary-text">
        The council’s own figures are computed by Workforce Insight as at {formatDate(report.asAt)}; the others are the
        Department for Education’s published figures. “Not published” means DfE suppressed or did not publish the figure.
      </p>
      <div className="wi-attribution">
        <h2 className="wi-heading-s">Source and licence</h2>
        <p>
          {report.attribution}{' '}
          <a href={OGL_URL} rel="license">
            Read the Open Government Licence v3.0
          </a>
        </p>
      </div>
    </>
  );
}
