import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDate, formatFte } from '@/utils/format';
import { Loading } from '@/components/ui/loading';
import { SummaryList } from '@/components/ui/summary-list';
import { Tag } from '@/components/ui/tag';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/errors/query-error';
import { useAgencyAssignment } from '../api/get-agency-assignment';
import { RULE_FLAGS, formatMoney, jobTypeName } from '../utils/labels';

/** One agency worker's assignment: their terms, the charge (for roles that may see it) and each DfE rule broken. */
export function AgencyAssignmentDetail({ assignmentId }: { assignmentId: string }) {
  const assignment = useAgencyAssignment(assignmentId);
  const name = assignment.data ? `${assignment.data.worker.givenName} ${assignment.data.worker.familyName}` : undefined;
  usePageTitle(name ? `${name}, agency worker` : 'Agency worker');
  if (assignment.isError) return <QueryError error={assignment.error} what="agency worker" />;
  if (!assignment.data) return <Loading label="Loading the agency worker…" />;
  const item = assignment.data;
  const rows = [
    { key: 'team', label: 'Team', value: item.node.name },
    { key: 'jobType', label: 'Job type', value: jobTypeName(item.jobType) },
    { key: 'fte', label: 'FTE', value: formatFte(item.fte) },
    { key: 'agency', label: 'Agency', value: item.agencyName },
    { key: 'start', label: 'Start', value: formatDate(item.startDate) },
    { key: 'end', label: 'End', value: item.endDate ? formatDate(item.endDate) : 'Continuing' },
    { key: 'pqe', label: 'Post-qualifying experience at the start', value: `${item.pqeYearsAtStart} years` },
    { key: 'notice', label: 'Notice period', value: `${item.noticePeriodDays} days` },
  ];
  if (item.chargeRate !== undefined) {
    rows.push({
      key: 'charge',
      label: 'Charge',
      value: `${formatMoney(item.chargeRate)} ${item.chargeBasis === 'daily' ? 'a day' : 'an hour'}`,
    });
  }
  if (item.hourlyCharge !== undefined) {
    rows.push({ key: 'hourly', label: 'Charge per hour', value: formatMoney(item.hourlyCharge) });
  }
  return (
    <>
      <Link className="wi-back-link" to={paths.agency.getHref(item.node.id)}>
        Back to agency workers
      </Link>
      <h1 className="wi-heading-l">
        <span className="wi-caption">Agency worker</span> {name}
      </h1>
      <SummaryList rows={rows} />
      <h2 className="wi-heading-m">DfE agency rules</h2>
      {item.ruleFlags.length === 0 ? (
        <p>
          <Tag colour="green">Meets the rules</Tag> This assignment breaks none of the four DfE agency rules.
        </p>
      ) : (
        <ul className="wi-rule-list" style={{ listStyle: 'none', paddingLeft: 0 }}>
          {item.ruleFlags.map((flag) => (
            <li key={flag} style={{ marginBottom: '0.5rem' }}>
              <Tag colour="red">{RULE_FLAGS[flag].short}</Tag> {RULE_FLAGS[flag].explanation}
            </li>
          ))}
        </ul>
      )}
      <p className="wi-hint">
        The rules: at least 3 years’ post-qualifying experience, an hourly charge within the regional price cap, no return
        to the region within 3 months of leaving a permanent post in it, and a notice period of at least 4 weeks.
      </p>
    </>
  );
}
