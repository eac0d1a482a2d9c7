import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '@/testing/axe';
import { answer, renderWithFetch } from '@/testing/fetch-harness';
import { PolicySettingsList } from '../policy-lists';

const ROLES = [
  { code: 'social-worker', name: 'Social worker', dfeRoleGroup: 'case-holder', qualifiedSocialWork: true, holdsCases: true, caseloadThreshold: 18 },
  { code: 'team-manager', name: 'Team manager', dfeRoleGroup: 'first-line-manager', qualifiedSocialWork: true, holdsCases: false, caseloadThreshold: 0 },
];

const CONFIGURATION = {
  caseloadThresholds: [{ role: 'social-worker', maxCases: 18 }],
  asyeCaseloadThreshold: 12,
  caseWeights: [{ caseType: 'child-protection', points: 6.5 }],
  supervisionPolicy: [
    { asyeFromDay: 0, asyeToDay: 42, intervalDays: 7, supervised: true },
    { role: 'team-manager', intervalDays: 42, supervised: false },
    { intervalDays: 31, supervised: true },
  ],
  settings: [{ key: 'absence.bradford-trigger', value: 200, description: 'A Bradford factor at or above this prompts an absence review.' }],
  agencyPriceCaps: [],
};

function api(request: Request) {
  return new URL(request.url).pathname === '/api/v1/roles' ? answer(200, ROLES) : answer(200, CONFIGURATION);
}

describe('PolicySettingsList', () => {
  it('shows which roles have their own supervision rule and which follow the default, in words', async () => {
    const { container } = renderWithFetch(<PolicySettingsList kind="supervisionPolicy" />, api);
    const table = await screen.findByRole('table', { name: 'Supervision policy' });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(within(row('ASYE weeks 1 to 6')).getByText('Every week')).toBeTruthy();
    expect(within(row('Social worker')).getByText('Follows the default')).toBeTruthy();
    expect(within(row('Social worker')).getByText('At least every 31 days')).toBeTruthy();
    expect(within(row('Social worker')).getByRole('link', { name: 'Set the rule for Social worker' }).getAttribute('href')).toBe(
      '/settings/supervision-policy/social-worker',
    );
    expect(within(row('Team manager')).getByText('Own rule')).toBeTruthy();
    expect(within(row('Team manager')).getByText('Not expected to be supervised')).toBeTruthy();
    expect(within(row('Everyone else')).getByRole('link', { name: 'Change the default rule' }).getAttribute('href')).toBe(
      '/settings/supervision-policy/default',
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lists caseload thresholds with the ASYE threshold first, each with a link to change it', async () => {
    renderWithFetch(<PolicySettingsList kind="caseloadThresholds" />, api);
    const table = await screen.findByRole('table', { name: 'Caseload thresholds' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1].textContent).toMatch(/ASYE.*12/);
    expect(within(rows[2]).getByRole('link', { name: 'Change the threshold for Social worker' }).getAttribute('href')).toBe(
      '/settings/caseload-thresholds/social-worker',
    );
  });
});
