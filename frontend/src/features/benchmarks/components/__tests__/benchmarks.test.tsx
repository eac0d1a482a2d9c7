import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { benchmarkReport, localAuthorities } from '@/testing/measure-fixtures';
import { axeViolations } from '@/testing/axe';
import { renderRoute } from '@/testing/test-utils';
import { BenchmarksReport } from '../benchmarks-report';
import { ComparatorSettings } from '../comparator-settings';
import { latestPublishedCensusYear } from '../../utils/indicators';

describe('BenchmarksReport', () => {
  it('shows the council beside its published figures, England, region and comparators, with the DfE attribution', async () => {
    const { container, requests } = renderRoute(<BenchmarksReport year={2025} onYearChange={vi.fn()} canChooseComparators />, {
      routes: { '/api/v1/benchmarks': { body: benchmarkReport() } },
    });
    const table = await screen.findByRole('table', { name: /DfE measures for 2025/ });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Measure',
      'Northbridge City Council (this system)',
      'Northbridge (DfE published)',
      'England',
      'West Midlands',
      'Worcestershire',
    ]);
    const agency = within(table).getByRole('row', { name: /Agency rate/ });
    expect(within(agency).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['18.2%', '18.4%', '1,820.0%', '182.0%', '36.4%']);
    expect(within(within(table).getByRole('row', { name: /Vacancy rate/ })).getAllByText('Not published')).toHaveLength(5);
    expect(screen.getByText(/Contains public sector information licensed under the Open Government Licence v3.0./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Read the Open Government Licence v3.0' }).getAttribute('rel')).toBe('license');
    expect(screen.getByRole('link', { name: 'Choose the comparator councils' })).toBeTruthy();
    expect(new URL(requests[0].url).searchParams.get('censusYear')).toBe('2025');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('hides the comparator link from anyone but a workforce lead, and explains a year DfE has not published', async () => {
    renderRoute(<BenchmarksReport year={2016} onYearChange={vi.fn()} canChooseComparators={false} />, {
      routes: {
        '/api/v1/benchmarks': { status: 404, body: { title: 'Not Found', status: 404, detail: 'The DfE file has no census year 2016; it has 2017 to 2025.' } },
      },
    });
    expect(await screen.findByText('Not found: The DfE file has no census year 2016; it has 2017 to 2025.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Choose the comparator councils' })).toBeNull();
  });

  it('defaults to the last census year DfE has published', () => {
    expect(latestPublishedCensusYear(new Date(2026, 10, 23))).toBe(2025);
    expect(latestPublishedCensusYear(new Date(2026, 0, 10))).toBe(2024);
  });
});

describe('ComparatorSettings', () => {
  it('saves the chosen councils, one checkbox group per region', async () => {
    const user = userEvent.setup();
    const { container, requests } = renderRoute(<ComparatorSettings />, {
      routes: {
        '/api/v1/local-authorities': { body: localAuthorities },
        '/api/v1/benchmark-comparators': (_url, request) => ({
          body: { localAuthorities: request.method === 'PUT' ? localAuthorities.slice(0, 2) : [localAuthorities[0]] },
        }),
      },
    });
    expect(await screen.findByRole('group', { name: 'West Midlands' })).toBeTruthy();
    expect((screen.getByLabelText('Worcestershire') as HTMLInputElement).checked).toBe(true);
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByLabelText('Birmingham'));
    await user.click(screen.getByRole('button', { name: 'Save comparator councils' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('2 councils'));
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(await put.clone().json()).toEqual({ laCodes: ['E10000034', 'E08000025'] });
  });

  it('links a violation on one of the codes to the checkboxes, and explains 429 and 413', async () => {
    const user = userEvent.setup();
    let answer = 400;
    renderRoute(<ComparatorSettings />, {
      routes: {
        '/api/v1/local-authorities': { body: localAuthorities },
        '/api/v1/benchmark-comparators': (_url, request) =>
          request.method === 'PUT'
            ? {
                status: answer,
                body: {
                  title: 'Error',
                  status: answer,
                  detail: 'The request has 1 invalid field.',
                  violations: answer === 400 ? [{ field: 'laCodes.0', detail: 'is not a local authority in the DfE file' }] : undefined,
                },
              }
            : { body: { localAuthorities: [] } },
      },
    });
    await user.click(await screen.findByLabelText('City of London'));
    await user.click(screen.getByRole('button', { name: 'Save comparator councils' }));
    const link = await screen.findByRole('link', { name: 'Comparator councils: is not a local authority in the DfE file' });
    // The first checkbox on the page: London comes first.
    expect(link.getAttribute('href')).toBe('#la-E09000001');

    answer = 413;
    await user.click(screen.getByRole('button', { name: 'Save comparator councils' }));
    expect(await screen.findByText('What you sent is too large. Send less at once and try again.')).toBeTruthy();
    answer = 429;
    await user.click(screen.getByRole('button', { name: 'Save comparator councils' }));
    expect(await screen.findByText('There have been too many requests. Wait a minute and try again.')).toBeTruthy();
  });
});
