// The workforce lead (the council's "workforce lead / HR") imports a file from the HR system at
// desktop width: checks a file with a bad row and reads that row's line, column and reason with
// nothing written, then checks the corrected file, imports it and finds it in the history. Then the
// agency and absence pages. Every page passes axe (WCAG 2.2 AA) at 1280 px and 320 px, fits a
// 320 px screen, and is saved as a screenshot at 1280 px and 375 px (test-results/screenshots).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, apiGet, checkAtEveryWidth, openBrowser, settled, signIn } from './support.mjs';

const BAD_FILE = {
  name: 'hr-new-starters.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    'externalId,givenName,familyName,sweRegistrationNumber,asyeStartDate\r\n' +
      'E2E-HR-001,Rowan,Hartley,,2025-09-01\r\n' +
      // American month first: refused rather than read as a wrong date
      'E2E-HR-002,Jess,Okoro,,09/30/2025\r\n',
  ),
};
const GOOD_FILE = {
  name: 'hr-new-starters-corrected.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    'externalId,givenName,familyName,sweRegistrationNumber,asyeStartDate\r\n' +
      'E2E-HR-001,Rowan,Hartley,,2025-09-01\r\n' +
      'E2E-HR-002,Jess,Okoro,,30/09/2025\r\n',
  ),
};

function assertClean(name, { violations, overflow }) {
  assert.deepEqual(violations.desktop, [], `${name} at 1280 px: ${JSON.stringify(violations.desktop, null, 2)}`);
  assert.deepEqual(violations.phone320, [], `${name} at 320 px: ${JSON.stringify(violations.phone320, null, 2)}`);
  assert.equal(overflow, 0, `${name} is wider than a 320 px screen by ${overflow} px`);
}

describe('workforce lead (HR): imports, agency and absence', { timeout: 600_000 }, () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser;

  before(async () => {
    browser = await openBrowser({ width: 1280, height: 900 });
  });

  after(async () => {
    await browser?.close();
  });

  it('checks a file with a bad row: the row is listed by line, column and reason, and nothing is written', async () => {
    const { page } = browser;
    await signIn(page, 'lead', 'demo');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Imports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor();
    await settled(page);

    await page.getByLabel('What the file holds').selectOption({ label: 'Workers' });
    const columns = page.getByRole('table', { name: /Columns of the workers file/ });
    await columns.waitFor();
    assert.ok((await columns.getByRole('rowheader', { name: /asyeStartDate/ }).count()) === 1);
    await page.getByLabel('CSV file').setInputFiles(BAD_FILE);
    await page.getByRole('button', { name: 'Check the file' }).click();

    await page.getByRole('heading', { level: 2, name: 'Result of the check' }).waitFor();
    await settled(page);
    await page.getByText('Nothing has been written.').waitFor();
    const problems = page.getByRole('table', { name: /Problems in the file: 1 problem/ });
    const row = problems.locator('tbody tr');
    assert.equal(await row.count(), 1);
    const cells = await row.first().locator('td').allTextContents();
    assert.equal(cells[0], '3');
    assert.equal(cells[1], 'asyeStartDate');
    // 09/30/2025 read the UK way has no 30th month
    assert.match(cells[2], /calendar|date/);
    const result = page.getByRole('region', { name: 'Result of the check' });
    assert.equal(await result.locator('.wi-tag').filter({ hasText: /^Check failed$/ }).count(), 1);
    assert.equal(await page.getByRole('button', { name: 'Import the file' }).count(), 0);

    // The check is recorded as a dry run that was rejected; that its good row was not written either
    // shows in the next test, where importing the corrected file creates both workers.
    const history = await apiGet(page, '/api/v1/imports?size=1');
    assert.equal(history.status, 200);
    assert.equal(history.body.items[0].dryRun, true);
    assert.equal(history.body.items[0].outcome, 'rejected');
    assert.equal(history.body.items[0].fileName, BAD_FILE.name);
    assertClean('imports-check-failed', await checkAtEveryWidth(page, 'imports-check-failed'));
  });

  it('checks the corrected file, imports it and sees it in the history', async () => {
    const { page } = browser;
    await page.getByLabel('CSV file').setInputFiles(GOOD_FILE);
    // choosing another file clears the last check
    assert.equal(await page.getByRole('heading', { name: 'Result of the check' }).count(), 0);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { level: 2, name: 'Result of the check' }).waitFor();
    await page.getByRole('region', { name: 'Result of the check' }).locator('.wi-tag').filter({ hasText: /^Check passed$/ }).waitFor();
    await page.getByText('Every row is good.').waitFor();

    await page.getByRole('button', { name: 'Import the file' }).click();
    await page.getByRole('heading', { level: 2, name: 'File imported' }).waitFor();
    // both rows created: the failed check before wrote nothing, not even its good row
    await page.getByText('2 created, 0 updated, 0 already up to date.').waitFor();

    const history = page.getByRole('table', { name: 'Import history, latest first' });
    const imported = history.locator('tbody tr').filter({ has: page.getByRole('link', { name: GOOD_FILE.name }) });
    await imported.filter({ hasText: 'Imported' }).waitFor();
    assert.equal(await imported.filter({ hasText: 'Check passed' }).count(), 1, 'the check of the corrected file is in the history');
    assert.equal(await history.locator('tbody tr').filter({ hasText: BAD_FILE.name }).filter({ hasText: 'Check failed' }).count(), 1);
    assertClean('imports', await checkAtEveryWidth(page, 'imports'));

    await history.getByRole('link', { name: BAD_FILE.name }).click();
    await page.getByRole('heading', { level: 1, name: `Import of ${BAD_FILE.name}` }).waitFor();
    await settled(page);
    await page.getByRole('table', { name: /Problems in the file/ }).waitFor();
    assertClean('import-detail', await checkAtEveryWidth(page, 'import-detail'));
  });

  it('sees agency workers with their rule flags in words, the cost by month and team, and drills to a worker', async () => {
    const { page } = browser;
    // the cost table's requests: one for the node and all its children, none per child
    const costRequests = [];
    const countCost = (request) => {
      if (/\/agency-cost-by-month|\/measures\/agencyCost\/series/.test(new URL(request.url()).pathname)) costRequests.push(request.url());
    };
    page.on('request', countCost);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Agency' }).click();
    await page.getByRole('heading', { level: 1, name: /Agency workers/ }).waitFor();
    await settled(page);
    const workers = page.getByRole('table', { name: /Agency workers in / });
    await workers.waitFor();
    assert.ok((await workers.locator('tbody tr').count()) >= 1, 'no agency workers in the demo council');
    const rules = await workers.locator('tbody tr td:last-child').allTextContents();
    assert.ok(rules.every((text) => /Meets the rules|Under 3 years’ experience|Above price cap|Within cool-off|Notice under 4 weeks/.test(text)), rules.join(' | '));
    const cost = page.getByRole('table', { name: /Agency cost by month in / });
    await cost.waitFor();
    assert.equal(await cost.locator('tbody tr').count() >= 12, true);
    page.off('request', countCost);
    assert.equal(costRequests.length, 1, costRequests.join('\n'));
    assert.match(costRequests[0], /\/agency-cost-by-month\?/);
    assert.ok((await cost.locator('thead th').count()) >= 3, 'the cost table has no column per child');
    assertClean('agency', await checkAtEveryWidth(page, 'agency'));

    const first = workers.locator('tbody tr').first().getByRole('link');
    const name = (await first.textContent())?.trim();
    await first.click();
    await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
    await settled(page);
    await page.getByRole('heading', { name: 'DfE agency rules' }).waitFor();
    assertClean('agency-worker', await checkAtEveryWidth(page, 'agency-worker'));
  });

  it('sees days lost per FTE, the long-term absences and the Bradford factors', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Absence' }).click();
    await page.getByRole('heading', { level: 1, name: /Absence/ }).waitFor();
    await settled(page);
    await page.getByText(/days per FTE|No value/).first().waitFor();
    const bradford = page.getByRole('table', { name: /Bradford factors in / });
    await bradford.waitFor();
    assert.ok((await bradford.locator('tbody tr').count()) >= 1, 'no Bradford factors in the demo council');
    assert.match((await bradford.locator('tbody tr').first().locator('.wi-tag').textContent()) ?? '', /At or above \d+: review|Below \d+/);
    assertClean('absence', await checkAtEveryWidth(page, 'absence'));
  });

  it('keeps imports and agency from the HR absence officer, and absence from a team manager', async () => {
    const hr = await openBrowser({ width: 375, height: 740 });
    try {
      await signIn(hr.page, 'hr', 'demo');
      const menu = hr.page.getByRole('navigation', { name: 'Menu' });
      await menu.getByRole('link', { name: 'Absence' }).waitFor();
      assert.equal(await menu.getByRole('link', { name: 'Imports' }).count(), 0);
      assert.equal(await menu.getByRole('link', { name: 'Agency' }).count(), 0);
      await hr.page.goto(`${BASE_URL}/imports`);
      await hr.page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
    } finally {
      await hr.close();
    }
    const manager = await openBrowser({ width: 375, height: 740 });
    try {
      await signIn(manager.page, 'manager1', 'demo');
      const menu = manager.page.getByRole('navigation', { name: 'Menu' });
      await menu.getByRole('link', { name: 'Agency' }).waitFor();
      assert.equal(await menu.getByRole('link', { name: 'Absence' }).count(), 0);
      await manager.page.goto(`${BASE_URL}/absence`);
      await manager.page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
    } finally {
      await manager.close();
    }
  });
});
