import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DownloadButtons } from '../download-buttons';
import { answer, renderWithFetch } from '@/testing/fetch-harness';

const NODE = '11111111-1111-4111-8111-111111111111';

describe('DownloadButtons', () => {
  let saved: { name: string; href: string }[];

  beforeEach(() => {
    saved = [];
    // jsdom has no object URLs and does not download: record what the link would have saved
    URL.createObjectURL = vi.fn(() => 'blob:report');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('fetches the file with the token and saves it under the name the API gives', async () => {
    const user = userEvent.setup();
    const { requests } = renderWithFetch(
      <DownloadButtons file={{ report: 'monthly-report', nodeId: NODE, month: '2026-10' }} what="monthly report" />,
      () =>
        answer(200, new Uint8Array([80, 75, 3, 4]), {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': 'attachment; filename="monthly-report-2026-10.xlsx"',
        }),
    );
    await user.click(screen.getByRole('button', { name: 'Download Excel (XLSX) of the monthly report' }));
    await screen.findByText('Downloaded monthly-report-2026-10.xlsx (4 bytes).');

    const url = new URL(requests[0].url);
    expect(url.pathname).toBe('/api/v1/exports/monthly-report');
    expect(Object.fromEntries(url.searchParams)).toEqual({ nodeId: NODE, month: '2026-10', format: 'xlsx' });
    expect(requests[0].headers.get('Authorization')).toBe('Bearer test-token');
    expect(saved).toEqual([{ name: 'monthly-report-2026-10.xlsx', href: 'blob:report' }]);
  });

  it('names the file itself when the API gives no name', async () => {
    const user = userEvent.setup();
    renderWithFetch(<DownloadButtons file={{ report: 'dfe-return', censusYear: 2025 }} what="DfE return" />, () =>
      answer(200, 'time_period,la_name\r\n202425,Northbridge\r\n', { 'Content-Type': 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Download CSV of the DfE return' }));
    await waitFor(() => expect(saved).toEqual([{ name: 'dfe-return.csv', href: 'blob:report' }]));
  });

  it('says why a refused download failed, and saves nothing', async () => {
    const user = userEvent.setup();
    renderWithFetch(<DownloadButtons file={{ report: 'weekly-report', nodeId: NODE }} what="weekly report" />, () =>
      answer(403, { title: 'Forbidden', status: 403, detail: 'Outside your teams.' }),
    );
    await user.click(screen.getByRole('button', { name: 'Download CSV of the weekly report' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/You do not have permission to see or change this/);
    expect(saved).toEqual([]);
  });
});
