import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '@/testing/axe';
import { renderRoute } from '@/testing/test-utils';
import { ImportHistory } from '../import-history';
import { ImportDetail } from '../import-detail';
import { columnTypeText, fileSize, outcomeTag } from '../../utils/labels';

const ID = '11111111-1111-4111-8111-111111111111';

function run(overrides: Record<string, unknown> = {}) {
  return {
    id: ID,
    dataSet: 'absences',
    fileName: 'absences.csv',
    importedBy: 'lead',
    startedAt: '2026-11-23T07:00:00Z',
    dryRun: false,
    mode: 'valid-rows',
    outcome: 'accepted-valid-rows',
    rowsRead: 120,
    created: 100,
    updated: 10,
    unchanged: 5,
    rejected: 5,
    errorCount: 6,
    ...overrides,
  };
}

describe('ImportHistory', () => {
  it('lists checks and imports with their outcome in words, each linking to its record, with pages', async () => {
    const { container } = renderRoute(<ImportHistory page={0} />, {
      routes: {
        '/api/v1/imports': {
          body: { items: [run(), run({ id: '22222222-2222-4222-8222-222222222222', dryRun: true, outcome: 'rejected', fileName: undefined })], page: 0, size: 20, totalItems: 41 },
        },
      },
    });
    const table = await screen.findByRole('table', { name: 'Import history, latest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('Good rows imported')).toBeTruthy();
    expect(within(rows[0]).getByRole('link', { name: 'absences.csv' }).getAttribute('href')).toBe(`/imports/${ID}`);
    expect(within(rows[1]).getByText('Check failed')).toBeTruthy();
    expect(within(rows[1]).getByRole('link', { name: 'File without a name' })).toBeTruthy();
    expect(screen.getByText('Page 1 of 3')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Next page' }).getAttribute('href')).toBe('/imports?page=2');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when nothing has been imported yet', async () => {
    renderRoute(<ImportHistory page={0} />, { routes: { '/api/v1/imports': { body: { items: [], page: 0, size: 20, totalItems: 0 } } } });
    expect(await screen.findByText('No files have been imported or checked yet.')).toBeTruthy();
  });
});

describe('ImportDetail', () => {
  it('shows who imported what and when, the counts and every bad row', async () => {
    renderRoute(<ImportDetail importId={ID} />, {
      routes: {
        [`/api/v1/imports/${ID}`]: { body: run() },
        [`/api/v1/imports/${ID}/errors`]: {
          body: { items: [{ line: 7, reason: 'has 9 fields; the header has 7' }], page: 0, size: 50, totalItems: 1 },
        },
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Import of absences.csv' })).toBeTruthy();
    expect(screen.getByText('Import the good rows')).toBeTruthy();
    const problems = await screen.findByRole('table', { name: 'Problems in the file: 1 problem' });
    expect(within(problems).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['7', 'The whole row', 'has 9 fields; the header has 7']);
    expect(screen.getByText('6 problems were found; 1 of them are listed.')).toBeTruthy();
  });

  it('says the import could not be found', async () => {
    renderRoute(<ImportDetail importId={ID} />, {
      routes: { [`/api/v1/imports/${ID}`]: { status: 404, body: { title: 'Not Found', status: 404 } } },
    });
    expect(await screen.findByRole('heading', { name: 'This import could not be found' })).toBeTruthy();
  });
});

describe('labels', () => {
  it('words outcomes differently for a check and an import', () => {
    expect(outcomeTag({ outcome: 'accepted', dryRun: true })).toEqual({ text: 'Check passed', colour: 'green' });
    expect(outcomeTag({ outcome: 'accepted', dryRun: false })).toEqual({ text: 'Imported', colour: 'green' });
    expect(outcomeTag({ outcome: 'rejected', dryRun: false })).toEqual({ text: 'Rejected', colour: 'red' });
  });

  it('describes column types and file sizes in words', () => {
    expect(columnTypeText({ name: 'worker', type: 'reference', required: true, refersTo: 'a worker, by external id', description: '', example: '' })).toBe(
      'reference to a worker, by external id',
    );
    expect(fileSize(3_565_158)).toBe('3.4 MB');
    expect(fileSize(2048)).toBe('2 KB');
    expect(fileSize(1)).toBe('1 byte');
  });
});
