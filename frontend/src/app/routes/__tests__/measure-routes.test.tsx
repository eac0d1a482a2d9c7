import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HomeRoute } from '@/app/routes/home';
import { SettingsRoute } from '@/app/routes/settings';
import { MeasureRoute, pageFromQuery } from '@/app/routes/measure';
import { ids, leadUser, managerUser, organisationTree } from '@/testing/fixtures';
import { childMeasures, definitions, explanation, nodeMeasures, targets } from '@/testing/measure-fixtures';
import { axeViolations } from '@/testing/axe';
import { renderRoute } from '@/testing/test-utils';

const allTeams = organisationTree({ north: true, south: true, east: true });

describe('measure routes', () => {
  it("makes the overview a workforce lead's home page", async () => {
    renderRoute(<HomeRoute />, {
      routes: {
        '/api/v1/me': { body: leadUser },
        '/api/v1/organisation-tree': { body: allTeams },
        '/api/v1/measures': { body: definitions },
        [`/api/v1/organisation-nodes/${ids.council}/measures`]: (url) => ({ body: nodeMeasures(url.searchParams.get('asAt') ?? '2026-11-23') }),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview Northbridge City Council' })).toBeTruthy();
    const select = screen.getByLabelText('Council, service or team') as HTMLSelectElement;
    expect(Array.from(select.options).map((option) => option.textContent?.trim())).toEqual([
      'Northbridge City Council (council)',
      'Assessment and Intervention (service)',
      'Assessment and Intervention North (team)',
      'Assessment and Intervention South (team)',
      'Child Protection and Family Support (service)',
      'Child Protection East (team)',
    ]);
  });

  it('shows settings to a workforce lead, with every measure\'s target', async () => {
    const { container } = renderRoute(<SettingsRoute />, {
      routes: {
        '/api/v1/me': { body: leadUser },
        '/api/v1/organisation-tree': { body: allTeams },
        '/api/v1/measures': { body: definitions },
        '/api/v1/measure-targets': { body: targets() },
      },
    });
    const table = await screen.findByRole('table', { name: 'Targets for Northbridge City Council' });
    const agency = within(table).getByRole('row', { name: /Agency rate/ });
    expect(within(agency).getByText('15.0%')).toBeTruthy();
    expect(within(agency).getByRole('link', { name: 'Change the target for Agency rate' }).getAttribute('href')).toBe(
      '/settings/targets/agencyRate',
    );
    expect(within(within(table).getByRole('row', { name: /Social workers in post/ })).getByText('No target')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('never shows settings to a team manager', async () => {
    const { requests } = renderRoute(<SettingsRoute />, {
      routes: {
        '/api/v1/me': { body: managerUser },
        '/api/v1/organisation-tree': { body: organisationTree({ north: true, south: false, east: false }) },
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeTruthy();
    expect(requests.some((request) => request.url.includes('measure-targets'))).toBe(false);
  });

  it('opens a drill-down with breadcrumbs from the address, and a team links to its caseloads', async () => {
    const { container } = renderRoute(<MeasureRoute />, {
      path: '/measures/:measureId',
      url: `/measures/agencyRate?nodeId=${ids.teamEast}&asAt=2026-11-23`,
      routes: {
        '/api/v1/me': { body: leadUser },
        '/api/v1/organisation-tree': { body: allTeams },
        '/api/v1/measures': { body: definitions },
        [`/api/v1/organisation-nodes/${ids.teamEast}/child-measures`]: {
          body: { ...childMeasures(), node: { id: ids.teamEast, name: 'Child Protection East', nodeType: 'team' }, children: [] },
        },
        [`/api/v1/organisation-nodes/${ids.teamEast}/measures/agencyRate/explanation`]: { body: explanation(0, 0) },
      },
    });
    const crumbs = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Overview',
      'Northbridge City Council',
      'Child Protection and Family Support',
    ]);
    expect(screen.getByRole('link', { name: 'Caseloads in Child Protection East' }).getAttribute('href')).toBe(
      `/teams/${ids.teamEast}?asAt=2026-11-23`,
    );
    expect(screen.queryByRole('heading', { name: /^By / })).toBeNull();
    expect(await screen.findByText('No worker is behind this figure on this date.')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('never shows a viewer the workers behind a figure, nor asks for them', async () => {
    // 'viewer' joins the contract's AccessRole with the access work (issue 5); this branch's types predate it.
    const viewer = { ...leadUser, username: 'viewer', roles: ['viewer'] as unknown as typeof leadUser.roles };
    const { requests } = renderRoute(<MeasureRoute />, {
      path: '/measures/:measureId',
      url: `/measures/agencyRate?nodeId=${ids.council}`,
      routes: {
        '/api/v1/me': { body: viewer },
        '/api/v1/organisation-tree': { body: allTeams },
        '/api/v1/measures': { body: definitions },
        [`/api/v1/organisation-nodes/${ids.council}/child-measures`]: { body: childMeasures() },
      },
    });
    expect(await screen.findByRole('table', { name: /Agency rate for each service or team/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Workers behind this figure' })).toBeNull();
    expect(requests.some((request) => request.url.includes('/explanation'))).toBe(false);
  });

  it('reads a one-based page number from the address', () => {
    expect(pageFromQuery('3')).toBe(2);
    expect(pageFromQuery(null)).toBe(0);
    expect(pageFromQuery('nonsense')).toBe(0);
  });
});
