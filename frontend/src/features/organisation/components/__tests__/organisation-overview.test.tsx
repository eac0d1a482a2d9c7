import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OrganisationOverview } from '@/features/organisation/components/organisation-overview';
import { axeViolations } from '@/testing/axe';
import {
  councilSummary,
  ids,
  leadUser,
  managerUser,
  organisationTree,
  teamSummary,
} from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

const summaryOf = (id: string) => `/api/v1/organisation-nodes/${id}/caseload-summary`;

describe('OrganisationOverview', () => {
  it("shows a workforce lead every team's average caseload and workers over threshold, from one council summary", async () => {
    const { requests } = renderRoute(<OrganisationOverview user={leadUser} />, {
      routes: {
        '/api/v1/organisation-tree': { body: organisationTree({ north: true, south: true, east: true }) },
        [summaryOf(ids.council)]: { body: councilSummary() },
      },
    });

    const table = await screen.findByRole('table', { name: /Teams in Assessment and Intervention,/ });
    const north = await within(table).findByRole('row', { name: /Assessment and Intervention North/ });
    expect(within(north).getByText('18.2')).toBeTruthy();
    expect(within(north).getByText('2')).toBeTruthy();
    const south = within(table).getByRole('row', { name: /Assessment and Intervention South/ });
    expect(within(south).getByText('15.5')).toBeTruthy();
    expect(within(south).getByText('0')).toBeTruthy();

    const protection = screen.getByRole('table', { name: /Teams in Child Protection and Family Support/ });
    const east = within(protection).getByRole('row', { name: /Child Protection East/ });
    expect(within(east).getByText('No case holders')).toBeTruthy();
    expect(within(east).getByRole('link', { name: 'Child Protection East' }).getAttribute('href')).toBe(
      `/teams/${ids.teamEast}`,
    );

    expect(screen.getByRole('heading', { level: 2, name: 'Whole council' })).toBeTruthy();
    expect(screen.getByText('16.4')).toBeTruthy();

    const summaryCalls = requests.filter((request) => request.url.includes('/caseload-summary'));
    expect(summaryCalls.map((request) => new URL(request.url).pathname)).toEqual([summaryOf(ids.council)]);
  });

  it('shows a team manager their team with a prominent link, and other teams without figures', async () => {
    const { requests } = renderRoute(<OrganisationOverview user={managerUser} />, {
      routes: {
        '/api/v1/organisation-tree': { body: organisationTree({ north: true, south: false, east: false }) },
        [summaryOf(ids.teamNorth)]: { body: teamSummary() },
      },
    });

    const yourTeam = await screen.findByRole('link', { name: 'View caseloads for Assessment and Intervention North' });
    expect(yourTeam.getAttribute('href')).toBe(`/teams/${ids.teamNorth}`);

    const north = await screen.findByRole('row', { name: /Assessment and Intervention North/ });
    expect(await within(north).findByText('18.2')).toBeTruthy();

    const east = screen.getByRole('row', { name: /Child Protection East/ });
    expect(within(east).getByText('No access')).toBeTruthy();
    expect(within(east).queryByRole('link')).toBeNull();

    const summaryCalls = requests.filter((request) => request.url.includes('/caseload-summary'));
    expect(summaryCalls.map((request) => new URL(request.url).pathname)).toEqual([summaryOf(ids.teamNorth)]);
  });

  it('has no WCAG 2.2 AA violations that axe can find', async () => {
    const { container } = renderRoute(<OrganisationOverview user={leadUser} />, {
      routes: {
        '/api/v1/organisation-tree': { body: organisationTree({ north: true, south: true, east: true }) },
        [summaryOf(ids.council)]: { body: councilSummary() },
      },
    });
    await screen.findByText('16.4');

    expect(await axeViolations(container)).toEqual([]);
  });
});
