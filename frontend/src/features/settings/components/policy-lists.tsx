import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Loading } from '@/components/ui/loading';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { Tag } from '@/components/ui/tag';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/errors/query-error';
import { useMeasureConfiguration, type MeasureConfiguration } from '../api/get-measure-configuration';
import { useRoles, type Role } from '../api/list-roles';
import { asyeStageName, CASE_TYPE_NAMES, intervalText } from '../utils/names';

/** The four kinds of policy setting, each a page listing them with a link to change each. */
export type PolicyKind = 'caseloadThresholds' | 'measureSettings' | 'supervisionPolicy' | 'caseWeights';

export const POLICY_PAGES: Record<PolicyKind, { title: string; summary: string }> = {
  caseloadThresholds: {
    title: 'Caseload thresholds',
    summary: 'The most cases a worker of each role, or in their ASYE, should hold.',
  },
  measureSettings: {
    title: 'Measure settings',
    summary: 'Absence thresholds, appraisal and supervision rules, capacity points and the DfE agency rules the measures use.',
  },
  supervisionPolicy: {
    title: 'Supervision policy',
    summary: 'How often workers of each role, and in each stage of their ASYE, must be supervised.',
  },
  caseWeights: {
    title: 'Case weights',
    summary: 'The points each type of case counts in the weighted caseload.',
  },
};

/** Links to the four pages, for the settings page. */
export function PolicySettingsLinks() {
  return (
    <ul className="wi-list">
      {(Object.keys(POLICY_PAGES) as PolicyKind[]).map((kind) => (
        <li key={kind}>
          <Link to={paths[kind].getHref()}>{POLICY_PAGES[kind].title}</Link>: {POLICY_PAGES[kind].summary}
        </li>
      ))}
    </ul>
  );
}

function ChangeLink({ href, what, text = 'Change' }: { href: string; what: string; text?: string }) {
  return (
    <Link to={href}>
      {text} <span className="wi-visually-hidden">{what}</span>
    </Link>
  );
}

function Table({ caption, headings, children }: { caption: string; headings: string[]; children: ReactNode }) {
  return (
    <ScrollRegion label={caption}>
      <table className="wi-table">
        <caption className="wi-table__caption wi-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {headings.map((heading, index) => (
              <th scope="col" key={heading || index}>
                {heading || <span className="wi-visually-hidden">Action</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}

function roleName(roles: Role[], code: string | undefined) {
  return roles.find((role) => role.code === code)?.name ?? code ?? '';
}

function Thresholds({ configuration, roles }: { configuration: MeasureConfiguration; roles: Role[] }) {
  return (
    <Table caption="Caseload thresholds" headings={['Applies to', 'Most cases', '']}>
      <tr>
        <th scope="row">Workers in their ASYE (whatever their role)</th>
        <td>{configuration.asyeCaseloadThreshold}</td>
        <td>
          <ChangeLink href={paths.caseloadThresholdEdit.getHref('asye')} what="the threshold for workers in their ASYE" />
        </td>
      </tr>
      {configuration.caseloadThresholds.map((threshold) => (
        <tr key={threshold.role}>
          <th scope="row">{roleName(roles, threshold.role)}</th>
          <td>{threshold.maxCases}</td>
          <td>
            <ChangeLink href={paths.caseloadThresholdEdit.getHref(threshold.role)} what={`the threshold for ${roleName(roles, threshold.role)}`} />
          </td>
        </tr>
      ))}
    </Table>
  );
}

function Settings({ configuration }: { configuration: MeasureConfiguration }) {
  return (
    <Table caption="Measure settings" headings={['Setting', 'Value', '']}>
      {configuration.settings.map((setting) => (
        <tr key={setting.key}>
          <th scope="row">
            {setting.description}
            <br />
            <code className="wi-secondary-text">{setting.key}</code>
          </th>
          <td>{setting.value}</td>
          <td>
            <ChangeLink href={paths.measureSettingEdit.getHref(setting.key)} what={setting.key} />
          </td>
        </tr>
      ))}
    </Table>
  );
}

function Supervision({ configuration, roles }: { configuration: MeasureConfiguration; roles: Role[] }) {
  const rules = configuration.supervisionPolicy;
  const asye = rules.filter((rule) => rule.asyeFromDay !== undefined && rule.asyeToDay !== undefined);
  const fallback = rules.find((rule) => rule.asyeFromDay === undefined && !rule.role);
  return (
    <Table caption="Supervision policy" headings={['Applies to', 'Supervision', 'Rule', '']}>
      {asye.map((rule) => {
        const name = asyeStageName(rule.asyeFromDay ?? 0, rule.asyeToDay ?? 0);
        return (
          <tr key={`asye-${rule.asyeFromDay}`}>
            <th scope="row">{name}</th>
            <td>{intervalText(rule.intervalDays, rule.supervised)}</td>
            <td>
              <Tag colour="blue">ASYE stage</Tag>
            </td>
            <td>
              <ChangeLink href={paths.supervisionPolicyEdit.getHref(`asye-${rule.asyeFromDay}`)} what={`the rule for ${name}`} />
            </td>
          </tr>
        );
      })}
      {roles.map((role) => {
        const own = rules.find((rule) => rule.role === role.code);
        return (
          <tr key={role.code}>
            <th scope="row">{role.name}</th>
            <td>{own ? intervalText(own.intervalDays, own.supervised) : fallback ? intervalText(fallback.intervalDays, fallback.supervised) : ''}</td>
            <td>{own ? <Tag colour="green">Own rule</Tag> : <Tag colour="grey">Follows the default</Tag>}</td>
            <td>
              <ChangeLink href={paths.supervisionPolicyEdit.getHref(role.code)} what={`the rule for ${role.name}`} text={own ? 'Change' : 'Set'} />
            </td>
          </tr>
        );
      })}
      {fallback && (
        <tr>
          <th scope="row">Everyone else (the default)</th>
          <td>{intervalText(fallback.intervalDays, fallback.supervised)}</td>
          <td>
            <Tag colour="blue">Default</Tag>
          </td>
          <td>
            <ChangeLink href={paths.supervisionPolicyEdit.getHref('default')} what="the default rule" />
          </td>
        </tr>
      )}
    </Table>
  );
}

function Weights({ configuration }: { configuration: MeasureConfiguration }) {
  return (
    <Table caption="Case weights" headings={['Case type', 'Points per case', '']}>
      {configuration.caseWeights.map((weight) => (
        <tr key={weight.caseType}>
          <th scope="row">{CASE_TYPE_NAMES[weight.caseType]}</th>
          <td>{weight.points}</td>
          <td>
            <ChangeLink href={paths.caseWeightEdit.getHref(weight.caseType)} what={`the weight of ${CASE_TYPE_NAMES[weight.caseType]} cases`} />
          </td>
        </tr>
      ))}
    </Table>
  );
}

/** One page of policy settings: what is in force, each with a link to change it. */
export function PolicySettingsList({ kind }: { kind: PolicyKind }) {
  const page = POLICY_PAGES[kind];
  usePageTitle(page.title);
  const configuration = useMeasureConfiguration();
  const roles = useRoles();
  const error = configuration.error ?? roles.error;
  const body = error ? (
    <QueryError error={error} what="configuration" />
  ) : !configuration.data || !roles.data ? (
    <Loading label="Loading the settings…" />
  ) : kind === 'caseloadThresholds' ? (
    <Thresholds configuration={configuration.data} roles={roles.data} />
  ) : kind === 'measureSettings' ? (
    <Settings configuration={configuration.data} />
  ) : kind === 'supervisionPolicy' ? (
    <Supervision configuration={configuration.data} roles={roles.data} />
  ) : (
    <Weights configuration={configuration.data} />
  );
  return (
    <>
      <Link className="wi-back-link" to={paths.settings.getHref()}>
        Back to settings
      </Link>
      <h1 className="wi-heading-l">
        <span className="wi-caption">Settings</span> {page.title}
      </h1>
      <p className="wi-lead">{page.summary} A change applies to every figure from then on, and is kept in its history.</p>
      {body}
    </>
  );
}
