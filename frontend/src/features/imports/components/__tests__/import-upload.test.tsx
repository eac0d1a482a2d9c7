import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '@/testing/axe';
import { jsonResponse, renderRoute, type FakeResponse, type FakeRoutes } from '@/testing/test-utils';
import { ImportUpload, canConfirm, validateChoice } from '../import-upload';

const formats = [
  {
    dataSet: 'workers',
    description: 'Identity only.',
    columns: [
      { name: 'externalId', type: 'text', required: true, key: true, maxLength: 64, description: 'The HR id', example: 'W001' },
      { name: 'asyeStartDate', type: 'date', required: false, description: 'First day of the ASYE', example: '2025-09-01' },
    ],
    example: 'externalId,givenName,familyName\nW001,Amira,Okafor\n',
  },
  {
    dataSet: 'absences',
    description: 'Absences.',
    columns: [{ name: 'absenceType', type: 'code', required: true, values: ['sickness', 'other'], description: '', example: 'sickness' }],
    example: 'absenceType\nsickness\n',
  },
];

function run(overrides: Record<string, unknown> = {}) {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    dataSet: 'workers',
    fileName: 'starters.csv',
    importedBy: 'lead',
    startedAt: '2026-11-23T07:00:00Z',
    dryRun: true,
    mode: 'all-or-nothing',
    outcome: 'rejected',
    rowsRead: 2,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 1,
    errorCount: 1,
    errors: [{ line: 3, column: 'asyeStartDate', reason: 'must be a date' }],
    ...overrides,
  };
}

const errorsPage = {
  items: [{ line: 3, column: 'asyeStartDate', reason: 'must be a date (yyyy-MM-dd, dd/MM/yyyy or an Excel serial day number)' }],
  page: 0,
  size: 50,
  totalItems: 1,
};

function routes(post: (url: URL) => FakeResponse): FakeRoutes {
  return {
    '/api/v1/import-formats': { body: formats },
    '/api/v1/imports': (url, request) => (request.method === 'POST' ? post(url) : { body: { items: [], page: 0, size: 20, totalItems: 0 } }),
    '/api/v1/imports/11111111-1111-4111-8111-111111111111/errors': { body: errorsPage },
  };
}

function csv(name = 'starters.csv') {
  return new File(['externalId,givenName,familyName\nW9,Jo,Bloggs\n'], name, { type: 'text/csv' });
}

async function chooseAndCheck(user: ReturnType<typeof userEvent.setup>, file = csv()) {
  await user.selectOptions(await screen.findByLabelText('What the file holds'), 'workers');
  await user.upload(screen.getByLabelText('CSV file'), file);
  await user.click(screen.getByRole('button', { name: 'Check the file' }));
}

describe('ImportUpload', () => {
  it('asks for the data set and the file before sending anything, linking each error to its field', async () => {
    const user = userEvent.setup();
    const { requests } = renderRoute(<ImportUpload />, { routes: routes(() => ({ body: run() })) });
    await user.click(await screen.findByRole('button', { name: 'Check the file' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select what the file holds' }).getAttribute('href')).toBe('#data-set');
    expect(within(summary).getByRole('link', { name: 'Select a CSV file' }).getAttribute('href')).toBe('#file');
    expect(screen.getByLabelText('What the file holds').getAttribute('aria-invalid')).toBe('true');
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it('shows the columns of the chosen data set, with the values a code column takes', async () => {
    const user = userEvent.setup();
    renderRoute(<ImportUpload />, { routes: routes(() => ({ body: run() })) });
    await user.selectOptions(await screen.findByLabelText('What the file holds'), 'absences');
    const table = screen.getByRole('table', { name: 'Columns of the absences file' });
    expect(within(table).getByText('one of: sickness, other')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('What the file holds'), 'workers');
    const workers = screen.getByRole('table', { name: 'Columns of the workers file' });
    expect(within(workers).getByRole('rowheader', { name: /^externalId\s*\(key\)$/ })).toBeTruthy();
    expect(within(workers).getByText('text, at most 64 characters')).toBeTruthy();
  });

  it('checks the file as a dry run and lists every bad row by line, column and reason, writing nothing', async () => {
    const user = userEvent.setup();
    let sent: URL | undefined;
    let contentType: string | null = null;
    const { container, fetch } = renderRoute(<ImportUpload />, {
      routes: routes((url) => {
        sent = url;
        return { status: 422, body: run() };
      }),
    });
    const original = fetch.getMockImplementation()!;
    fetch.mockImplementation(async (request: Request) => {
      if (request.method === 'POST') contentType = request.headers.get('Content-Type');
      return original(request);
    });
    await chooseAndCheck(user);
    await screen.findByRole('heading', { name: 'Result of the check' });
    expect(sent?.searchParams.get('dryRun')).toBe('true');
    expect(sent?.searchParams.get('dataSet')).toBe('workers');
    expect(sent?.searchParams.get('mode')).toBe('all-or-nothing');
    expect(sent?.searchParams.get('fileName')).toBe('starters.csv');
    expect(contentType).toBe('text/csv');
    expect(screen.getByText('Nothing has been written.')).toBeTruthy();
    expect(screen.getByText('Check failed')).toBeTruthy();
    const problems = await screen.findByRole('table', { name: 'Problems in the file: 1 problem' });
    const cells = within(problems).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(['3', 'asyeStartDate', 'must be a date (yyyy-MM-dd, dd/MM/yyyy or an Excel serial day number)']);
    expect(screen.queryByRole('button', { name: 'Import the file' })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('imports the checked file when every row is good, and starts again with a fresh file', async () => {
    const user = userEvent.setup();
    const dryRuns: string[] = [];
    renderRoute(<ImportUpload />, {
      routes: routes((url) => {
        const dryRun = url.searchParams.get('dryRun') ?? '';
        dryRuns.push(dryRun);
        return dryRun === 'true'
          ? { body: run({ outcome: 'accepted', rejected: 0, errorCount: 0, errors: [], created: 2 }) }
          : { body: run({ dryRun: false, outcome: 'accepted', rejected: 0, errorCount: 0, errors: [], created: 2 }) };
      }),
    });
    await chooseAndCheck(user);
    await screen.findByText('Every row is good. Import the file to write it.');
    expect(screen.getByText('Check passed')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import the file' }));
    await screen.findByRole('heading', { name: 'File imported' });
    expect(screen.getByText('2 created, 0 updated, 0 already up to date.')).toBeTruthy();
    expect(dryRuns).toEqual(['true', 'false']);
    expect(screen.getByRole('link', { name: 'See the import record' }).getAttribute('href')).toBe(
      '/imports/11111111-1111-4111-8111-111111111111',
    );
    expect((screen.getByLabelText('CSV file') as HTMLInputElement).files?.length ?? 0).toBe(0);
  });

  it('forgets the check when another file is chosen', async () => {
    const user = userEvent.setup();
    renderRoute(<ImportUpload />, { routes: routes(() => ({ body: run({ outcome: 'accepted', rejected: 0, errorCount: 0 }) })) });
    await chooseAndCheck(user);
    await screen.findByRole('heading', { name: 'Result of the check' });
    await user.upload(screen.getByLabelText('CSV file'), csv('other.csv'));
    expect(screen.queryByRole('heading', { name: 'Result of the check' })).toBeNull();
  });

  it.each([
    [413, {}, 'The file is larger than the import limit. Split it into smaller files and import them one at a time.'],
    [403, {}, 'You do not have permission to import files. Ask your workforce lead if you need to.'],
    [415, {}, 'The file was not sent as a CSV file. Save it as “CSV UTF-8” and try again.'],
    [429, { 'Retry-After': '30' }, 'There have been too many imports or requests. Wait 30 seconds and try again.'],
  ])('says what to do when the API answers %i', async (status, headers, message) => {
    const user = userEvent.setup();
    const { fetch } = renderRoute(<ImportUpload />, { routes: routes(() => ({ body: run() })) });
    const original = fetch.getMockImplementation()!;
    fetch.mockImplementation(async (request: Request) =>
      request.method === 'POST'
        ? new Response(JSON.stringify({ title: 'Refused', status }), {
            status,
            headers: { 'Content-Type': 'application/problem+json', ...headers },
          })
        : original(request),
    );
    await chooseAndCheck(user);
    expect(within(await screen.findByRole('alert')).getByText(message)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Result of the check' })).toBeNull();
  });

  it('says the service could not be reached when the upload fails on the network', async () => {
    const user = userEvent.setup();
    const { fetch } = renderRoute(<ImportUpload />, { routes: routes(() => ({ body: run() })) });
    const original = fetch.getMockImplementation()!;
    fetch.mockImplementation(async (request: Request) => {
      if (request.method === 'POST') throw new TypeError('Failed to fetch');
      return original(request);
    });
    await chooseAndCheck(user);
    expect(
      within(await screen.findByRole('alert')).getByText(
        'The file could not be sent because the service could not be reached. Check your connection and try again.',
      ),
    ).toBeTruthy();
  });

  it('tells the user, in a live region, what is happening while the file is sent and checked', async () => {
    const user = userEvent.setup();
    let release: (response: Response) => void = () => {};
    const { fetch } = renderRoute(<ImportUpload />, { routes: routes(() => ({ body: run() })) });
    const original = fetch.getMockImplementation()!;
    fetch.mockImplementation((request: Request) =>
      request.method === 'POST' ? new Promise<Response>((resolve) => (release = resolve)) : original(request),
    );
    await chooseAndCheck(user);
    await waitFor(() => expect(screen.getByText(/Uploading and checking starters\.csv \(\d+ bytes\)/)).toBeTruthy());
    expect(screen.getByText(/Uploading and checking/).closest('[aria-live="polite"]')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Sending and checking the file' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Check the file' }) as HTMLButtonElement).disabled).toBe(true);
    release(jsonResponse({ status: 422, body: run() }));
    await screen.findByRole('heading', { name: 'Result of the check' });
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('validateChoice and canConfirm', () => {
  it('refuses an empty file and a file that is not CSV', () => {
    expect(validateChoice({ dataSet: 'workers', file: new File([], 'a.csv'), mode: 'all-or-nothing' })).toEqual({
      file: 'The selected file is empty',
    });
    expect(validateChoice({ dataSet: 'workers', file: new File(['x'], 'a.xlsx'), mode: 'all-or-nothing' })).toEqual({
      file: 'The selected file must be a CSV file',
    });
    expect(validateChoice({ dataSet: 'workers', file: csv(), mode: 'all-or-nothing' })).toEqual({});
  });

  it('offers the import only after a passing check, or a check with good rows when they are wanted', () => {
    expect(canConfirm(run({ outcome: 'accepted' }) as never)).toBe(true);
    expect(canConfirm(run({ outcome: 'rejected' }) as never)).toBe(false);
    expect(canConfirm(run({ outcome: 'accepted-valid-rows', rowsRead: 3, rejected: 1 }) as never)).toBe(true);
    expect(canConfirm(run({ outcome: 'accepted-valid-rows', rowsRead: 1, rejected: 1 }) as never)).toBe(false);
    expect(canConfirm(run({ outcome: 'accepted', dryRun: false }) as never)).toBe(false);
  });
});
