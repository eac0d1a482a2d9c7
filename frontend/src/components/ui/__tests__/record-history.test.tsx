import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { axeViolations } from '@/testing/axe';
import type { HistoryField, RecordChangePage } from '@/utils/record-changes';
import { RecordHistory } from '../record-history';

const FIELDS: HistoryField[] = [{ key: 'durationMinutes', label: 'Duration', show: (value) => `${String(value)} minutes` }];

const PAGE: RecordChangePage = {
  items: [
    {
      id: 2,
      recordType: 'supervision-session',
      recordId: 's',
      version: 2,
      changeType: 'updated',
      changedBy: 'manager1',
      changedAt: '2025-03-04T09:00:00Z',
      channel: 'api',
      before: { durationMinutes: 95 },
      after: { durationMinutes: 60 },
    },
    {
      id: 1,
      recordType: 'supervision-session',
      recordId: 's',
      version: 1,
      changeType: 'created',
      changedBy: 'hr-feed',
      changedAt: '2025-03-03T09:00:00Z',
      channel: 'import',
      after: { durationMinutes: 95 },
    },
  ],
  page: 0,
  size: 2,
  totalItems: 3,
};

/** Renders the history over a query that answers (or fails) at once. */
function renderHistory(answer: () => Promise<RecordChangePage>) {
  function Harness() {
    const history = useQuery({ queryKey: ['history'], queryFn: answer, retry: false });
    return <RecordHistory history={history} fields={FIELDS} what="supervision session" />;
  }
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <Harness />
    </QueryClientProvider>,
  );
}

describe('RecordHistory', () => {
  it('lists each change newest first: when, who, how and what changed in words', async () => {
    const { container } = renderHistory(async () => PAGE);
    const table = await screen.findByRole('table', { name: 'Changes to this supervision session, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      [expect.stringContaining('2025'), 'manager1', 'Web app or API', 'CorrectedDuration changed from 95 minutes to 60 minutes'],
      [expect.stringContaining('2025'), 'hr-feed', 'File import', 'RecordedDuration: 95 minutes'],
    ]);
    expect(screen.getByText('The latest 2 of 3 changes.')).toBeTruthy();
    expect(container.textContent).not.toContain('{');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says the user may not see the history when the API refuses, and the section stays in place', async () => {
    renderHistory(async () => {
      throw new ApiError({ title: 'Forbidden', status: 403 });
    });
    expect(await screen.findByText('You do not have permission to see the history of this supervision session.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'History of this supervision session' })).toBeTruthy();
  });

  it('says why when the history cannot be loaded for another reason', async () => {
    renderHistory(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await screen.findByText(/The history could not be loaded. The service could not be reached/)).toBeTruthy();
  });

  it('says when nothing is recorded', async () => {
    renderHistory(async () => ({ items: [], page: 0, size: 50, totalItems: 0 }));
    expect(await screen.findByText('No changes are recorded.')).toBeTruthy();
  });
});
