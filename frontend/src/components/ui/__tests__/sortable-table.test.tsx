import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '@/testing/axe';
import { SortableTable, sortRows, type SortableColumn } from '../sortable-table';

interface Team {
  name: string;
  rate: number | null;
}

const columns: SortableColumn<Team>[] = [
  { key: 'name', label: 'Team', rowHeader: true, sortValue: (row) => row.name, render: (row) => row.name },
  { key: 'rate', label: 'Agency rate', numeric: true, sortValue: (row) => row.rate, render: (row) => (row.rate === null ? 'No value' : `${row.rate}%`) },
];

const rows: Team[] = [
  { name: 'Team 10', rate: 12 },
  { name: 'Team 2', rate: null },
  { name: 'Team 1', rate: 30 },
];

function firstColumn() {
  return within(screen.getByRole('table')).getAllByRole('rowheader').map((cell) => cell.textContent);
}

describe('SortableTable', () => {
  it('sorts by a column when its heading is pressed, and says so with aria-sort and a status message', async () => {
    const user = userEvent.setup();
    const { container } = render(<SortableTable caption="Agency rate by team" columns={columns} rows={rows} rowKey={(row) => row.name} />);
    const [teamHeading, rateHeading] = screen.getAllByRole('columnheader');
    expect(teamHeading.getAttribute('aria-sort')).toBe('none');

    await user.click(within(rateHeading).getByRole('button', { name: 'Agency rate' }));
    expect(rateHeading.getAttribute('aria-sort')).toBe('descending');
    expect(teamHeading.getAttribute('aria-sort')).toBe('none');
    expect(firstColumn()).toEqual(['Team 1', 'Team 10', 'Team 2']);
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toBe('Sorted by Agency rate, descending');

    await user.click(within(rateHeading).getByRole('button'));
    expect(rateHeading.getAttribute('aria-sort')).toBe('ascending');
    // Missing values stay last either way.
    expect(firstColumn()).toEqual(['Team 10', 'Team 1', 'Team 2']);

    await user.click(within(teamHeading).getByRole('button'));
    expect(teamHeading.getAttribute('aria-sort')).toBe('ascending');
    // Names sort as people count: Team 2 before Team 10.
    expect(firstColumn()).toEqual(['Team 1', 'Team 2', 'Team 10']);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps ties in their original order', () => {
    const tied = [{ name: 'b', rate: 1 }, { name: 'a', rate: 1 }];
    expect(sortRows(tied, columns[1], 'descending').map((row) => row.name)).toEqual(['b', 'a']);
  });
});
