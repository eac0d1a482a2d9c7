import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ids } from '@/testing/fixtures';
import { definitions, series } from '@/testing/measure-fixtures';
import { axeViolations } from '@/testing/axe';
import { renderRoute } from '@/testing/test-utils';
import { MeasureTrends, type TrendsChoice } from '../measure-trends';

const nodes = [{ id: ids.council, name: 'Northbridge City Council', nodeType: 'council' as const, depth: 0 }];
const choice: TrendsChoice = { nodeId: ids.council, measure: 'agencyRate', granularity: 'month', from: '2026-08-01', to: '2026-11-23' };
const seriesPath = `/api/v1/organisation-nodes/${ids.council}/measures/agencyRate/series`;

describe('MeasureTrends', () => {
  it('draws the series with its target line and gives the same figures as a table', async () => {
    const user = userEvent.setup();
    const { container, requests } = renderRoute(<MeasureTrends nodes={nodes} choice={choice} onChange={vi.fn()} />, {
      routes: { '/api/v1/measures': { body: definitions }, [seriesPath]: { body: series() } },
    });
    const chart = await screen.findByRole('img', { name: /Line chart of Agency rate in Northbridge City Council/ });
    expect(chart.getAttribute('aria-label')).toContain('Target 15.0%.');
    expect(chart.querySelectorAll('path')).toHaveLength(2);
    expect(chart.querySelector('.wi-chart__target')).not.toBeNull();

    const table = screen.getByRole('table', { name: /Agency rate in Northbridge City Council/ });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(within(table).getByRole('row', { name: /October 2026/ }).textContent).toContain('16.4%');
    // Visually hidden until asked for, but always there for screen readers.
    const toggle = screen.getByRole('button', { name: 'Show the data as a table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(table.parentElement?.className).toBe('wi-visually-hidden');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide the data table' }).getAttribute('aria-expanded')).toBe('true');
    expect(table.parentElement?.className).toBe('wi-scroll-region');

    const query = new URL(requests.find((request) => request.url.includes('/series'))!.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ from: '2026-08-01', to: '2026-11-23', granularity: 'month' });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('checks the range before asking, then links each error to its field', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderRoute(<MeasureTrends nodes={nodes} choice={choice} onChange={onChange} />, {
      routes: { '/api/v1/measures': { body: definitions }, [seriesPath]: { body: series() } },
    });
    await screen.findByRole('img', { name: /Line chart/ });
    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('From'), '2026-12-01');
    await user.click(screen.getByLabelText('Week'));
    await user.click(screen.getByRole('button', { name: 'Show' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The start must be on or before the end' }).getAttribute('href')).toBe('#from');
    expect(onChange).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('From'), '2026-01-01');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(onChange).toHaveBeenCalledWith({ ...choice, from: '2026-01-01', granularity: 'week' });
  });

  it('shows the API\'s field errors from problem+json beside the fields', async () => {
    renderRoute(<MeasureTrends nodes={nodes} choice={choice} onChange={vi.fn()} />, {
      routes: {
        '/api/v1/measures': { body: definitions },
        [seriesPath]: {
          status: 400,
          body: { title: 'Bad Request', status: 400, detail: 'The request has 1 invalid field.', violations: [{ field: 'from', detail: 'the range from..to has more than 600 points' }] },
        },
      },
    });
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'From: the range from..to has more than 600 points' }).getAttribute('href')).toBe('#from');
    expect(screen.getByText('the range from..to has more than 600 points', { selector: 'p' })).toBeTruthy();
  });
});
