import { Link } from 'react-router';
import type { components } from '@/api/schema';
import { paths } from '@/config/paths';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Loading } from '@/components/ui/loading';
import { usePageTitle } from '@/components/ui/page-title';
import { SummaryList } from '@/components/ui/summary-list';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { QueryError, problemItems } from '@/components/errors/query-error';
import { formatDate, formatOneDecimal } from '@/utils/format';
import { useOrganisationTree, type OrganisationNode } from '../api/get-organisation-tree';
import { useNodeCaseloadSummaries, type CaseloadFigures } from '../api/get-node-caseload-summaries';
import { findNode, highestScopeNodeIds, singleTeamInScope } from '../utils/tree';

type CurrentUser = components['schemas']['CurrentUser'];

/**
 * The home page for a signed-in user: the organisation tree with each
 * accessible team's average caseload and workers over threshold.
 */
export function OrganisationOverview({ user, asAt }: { user: CurrentUser; asAt?: string }) {
  const tree = useOrganisationTree(asAt);
  const root = tree.data;
  const scopeIds = root ? highestScopeNodeIds(root, user) : [];
  const summaries = useNodeCaseloadSummaries(scopeIds, asAt);
  usePageTitle(root ? `Caseloads in ${root.name}` : 'Organisation');

  if (tree.isPending) return <Loading label="Loading the organisation…" />;
  if (tree.isError) return <QueryError error={tree.error} what="organisation" />;

  const organisation = tree.data;
  const myTeam = singleTeamInScope(organisation, user);
  const councilReport = user.allNodes ? summaries.reports[0] : undefined;
  const reportDate = summaries.reports.find((report) => report !== undefined)?.asAt;
  const scopeNodes = scopeIds
    .map((id) => findNode(organisation, id))
    .filter((node): node is OrganisationNode => node !== undefined);

  return (
    <>
      {summaries.errors.length > 0 && (
        <ErrorSummary
          items={summaries.errors.flatMap((error, index) =>
            problemItems(error).map((item) => ({ ...item, key: `${index}-${item.key}` })),
          )}
        />
      )}
      <h1 className="wi-heading-xl">
        <span className="wi-caption">Caseloads</span> {organisation.name}
      </h1>
      <p className="wi-lead">
        Average caseload and workers over their caseload threshold, by team
        {reportDate ? `, as at ${formatDate(reportDate)}` : ''}.
      </p>

      {myTeam && (
        <div className="wi-panel" aria-labelledby="your-team-heading">
          <h2 className="wi-heading-m" id="your-team-heading">
            Your team
          </h2>
          <p>
            <Link className="wi-button wi-button--start" to={paths.team.getHref(myTeam.id, asAt)}>
              View caseloads for {myTeam.name}
            </Link>
          </p>
        </div>
      )}

      {!user.allNodes && scopeNodes.length === 0 && (
        <div className="wi-inset">
          <p>You are not responsible for any team, so you cannot see caseloads. Ask your workforce lead if you need access.</p>
        </div>
      )}

      {councilReport && (
        <section aria-labelledby="council-summary-heading">
          <h2 className="wi-heading-m" id="council-summary-heading">
            Whole council
          </h2>
          <SummaryList
            rows={[
              {
                key: 'average',
                label: 'Average caseload',
                value: formatOneDecimal(councilReport.total.averageCaseload) ?? 'No case holders',
              },
              {
                key: 'over',
                label: 'Workers over threshold',
                value: `${councilReport.total.workersOverThreshold}${
                  councilReport.total.percentOverThreshold !== null && councilReport.total.percentOverThreshold !== undefined
                    ? ` (${formatOneDecimal(councilReport.total.percentOverThreshold)}% of case holders)`
                    : ''
                }`,
              },
              { key: 'unallocated', label: 'Unallocated cases', value: councilReport.total.unallocatedCases },
            ]}
          />
        </section>
      )}

      {summaries.isPending && scopeIds.length > 0 && <Loading label="Loading caseload figures…" />}

      <NodeSection node={organisation} level={2} figuresByTeam={summaries.figuresByTeam} asAt={asAt} />
    </>
  );
}

function NodeSection({
  node,
  level,
  figuresByTeam,
  asAt,
}: {
  node: OrganisationNode;
  level: 2 | 3 | 4;
  figuresByTeam: Map<string, CaseloadFigures>;
  asAt?: string;
}) {
  const teams = node.children.filter((child) => child.nodeType === 'team');
  const groups = node.children.filter((child) => child.nodeType !== 'team');
  const Heading = `h${level}` as const;
  const headingClass = level === 2 ? 'wi-heading-m' : 'wi-heading-s';

  if (node.nodeType === 'council') {
    // The council's own teams (if any) first, then one section per service.
    return (
      <>
        {teams.length > 0 && (
          <section className="wi-section" aria-labelledby={`node-${node.id}`}>
            <Heading className={headingClass} id={`node-${node.id}`}>
              Teams reporting to {node.name}
            </Heading>
            <TeamTable node={node} teams={teams} figuresByTeam={figuresByTeam} asAt={asAt} />
          </section>
        )}
        {groups.map((group) => (
          <NodeSection key={group.id} node={group} level={level} figuresByTeam={figuresByTeam} asAt={asAt} />
        ))}
      </>
    );
  }

  const nextLevel = (level < 4 ? level + 1 : 4) as 2 | 3 | 4;
  return (
    <section className="wi-section" aria-labelledby={`node-${node.id}`}>
      <Heading className={headingClass} id={`node-${node.id}`}>
        {node.name}
      </Heading>
      {teams.length > 0 && <TeamTable node={node} teams={teams} figuresByTeam={figuresByTeam} asAt={asAt} />}
      {groups.map((group) => (
        <NodeSection key={group.id} node={group} level={nextLevel} figuresByTeam={figuresByTeam} asAt={asAt} />
      ))}
    </section>
  );
}

function TeamTable({
  node,
  teams,
  figuresByTeam,
  asAt,
}: {
  node: OrganisationNode;
  teams: OrganisationNode[];
  figuresByTeam: Map<string, CaseloadFigures>;
  asAt?: string;
}) {
  return (
    <table className="wi-table wi-table--compact">
      <caption className="wi-visually-hidden">
        Teams in {node.name}, with their average caseload and number of workers over threshold
      </caption>
      <thead>
        <tr>
          <th scope="col">Team</th>
          <th scope="col" className="wi-numeric">
            Average caseload
          </th>
          <th scope="col" className="wi-numeric">
            Workers over threshold
          </th>
        </tr>
      </thead>
      <tbody>
        {teams.map((team) => {
          const figures = figuresByTeam.get(team.id);
          return (
            <tr key={team.id}>
              <th scope="row">
                {team.accessible ? <Link to={paths.team.getHref(team.id, asAt)}>{team.name}</Link> : team.name}
              </th>
              {team.accessible ? (
                <>
                  <td className="wi-numeric">
                    {figures ? (formatOneDecimal(figures.averageCaseload) ?? 'No case holders') : <Pending />}
                  </td>
                  <td className="wi-numeric">{figures ? figures.workersOverThreshold : <Pending />}</td>
                </>
              ) : (
                <td colSpan={2} className="wi-secondary-text">
                  No access
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Pending() {
  return (
    <>
      <span aria-hidden="true">…</span>
      <VisuallyHidden>Not loaded yet</VisuallyHidden>
    </>
  );
}
