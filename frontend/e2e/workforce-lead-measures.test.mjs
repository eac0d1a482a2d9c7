// A workforce lead's drill-down task on a desktop: the overview (their home),
// a tile, the measure for each service, a service's teams, a team and the
// workers behind the figure; then trends, benchmarks and settings. Every new
// page passes axe (WCAG 2.2 AA) at 1280 px and 320 px, fits a 320 px screen,
// and is saved as a screenshot at 1280 px and 375 px (test-results/screenshots).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, checkAtEveryWidth, openBrowser, settled, signIn } from './support.mjs';

const MEASURE = 'Workers over caseload threshold';

function assertClean(name, { violations, overflow }) {
  assert.deepEqual(violations.desktop, [], `${name} at 1280 px: ${JSON.stringify(violations.desktop, null, 2)}`);
  assert.deepEqual(violations.phone320, [], `${name} at 320 px: ${JSON.stringify(violations.phone320, null, 2)}`);
  assert.equal(overflow, 0, `${name} is wider than a 320 px screen by ${overflow} px`);
}

/** The first data row's link in a sortable table, after sorting it by its value column, highest first. */
async function highestRowLink(page, table) {
  const valueHeading = table.locator('thead th').nth(1);
  await valueHeading.getByRole('button').click();
  assert.equal(await valueHeading.getAttribute('aria-sort'), 'descending');
  return table.locator('tbody tr').first().getByRole('link');
}

describe('workforce lead: overview and drill-down', { timeout: 600_000 }, () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser;

  before(async () => {
    browser = await openBrowser({ width: 1280, height: 900 });
  });

  after(async () => {
    await browser?.close();
  });

  it('starts on the overview, with every measure as a tile with its status in words', async () => {
    const { page } = browser;
    await signIn(page, 'lead', 'demo');
    await page.getByRole('heading', { level: 1, name: /Overview/ }).waitFor();
    await page.getByRole('link', { name: MEASURE, exact: true }).waitFor();
    await settled(page);

    const tiles = page.locator('.wi-tile');
    assert.ok((await tiles.count()) >= 40, `expected a tile per measure, found ${await tiles.count()}`);
    const tile = tiles.filter({ has: page.getByRole('link', { name: 'Agency rate', exact: true }) });
    assert.match((await tile.locator('.wi-tag').textContent()) ?? '', /On target|Near target|Off target|No target|No value/);
    assert.match((await tile.locator('dt').first().textContent()) ?? '', /^Target$/);
    // The sparklines arrive with the earlier months.
    await tile.getByRole('img').waitFor({ timeout: 120_000 });
    assert.match((await tile.getByRole('img').getAttribute('aria-label')) ?? '', /^Trend, oldest first: /);
    assertClean('overview', await checkAtEveryWidth(page, 'overview'));
  });

  it('opens a tile and sees the measure for each service, sortable', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: MEASURE, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(MEASURE) }).waitFor();
    await settled(page);
    const table = page.getByRole('table', { name: new RegExp(`${MEASURE} for each service or team`) });
    assert.ok((await table.locator('tbody tr').count()) >= 2);
    assertClean('drill-down-council', await checkAtEveryWidth(page, 'drill-down-council'));

    const service = await highestRowLink(page, table);
    const serviceName = (await service.textContent())?.trim();
    await service.click();
    await page.getByRole('heading', { level: 1, name: new RegExp(serviceName) }).waitFor();
    await settled(page);
    assert.equal(await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').count(), 2);

    const teams = page.getByRole('table', { name: new RegExp(`${MEASURE} for each team`) });
    const team = await highestRowLink(page, teams);
    const teamName = (await team.textContent())?.trim();
    await team.click();
    await page.getByRole('heading', { level: 1, name: new RegExp(teamName) }).waitFor();
    await settled(page);

    // The workers behind the figure: who is over their threshold, with cases and threshold.
    const workers = page.getByRole('table', { name: new RegExp(`Workers behind ${MEASURE} in ${teamName}`) });
    await workers.waitFor();
    assert.ok((await workers.locator('tbody tr').count()) >= 1, 'no worker rows in the explanation');
    const headings = await workers.locator('thead th').allTextContents();
    assert.ok(headings.includes('Cases') && headings.includes('Threshold'), `columns: ${headings}`);
    assert.equal(await page.getByRole('region', { name: new RegExp(`^Workers behind ${MEASURE} in `) }).getAttribute('tabindex'), '0');
    assert.equal(await page.getByRole('link', { name: `Caseloads in ${teamName}` }).count(), 1);
    assertClean('drill-down-team', await checkAtEveryWidth(page, 'drill-down-team'));
  });

  it('sees the trend of the measure with its data table', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: new RegExp(`See the trend of ${MEASURE}`) }).click();
    await page.getByRole('img', { name: /Line chart of/ }).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Show the data as a table' }).click();
    const rows = page.locator('.wi-chart table tbody tr');
    assert.ok((await rows.count()) >= 12, `expected a year of months, found ${await rows.count()}`);
    assertClean('trends', await checkAtEveryWidth(page, 'trends'));
  });

  it('sees the benchmarks with the DfE attribution', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Benchmarks' }).click();
    await page.getByRole('heading', { level: 1, name: /Benchmarks/ }).waitFor();
    await settled(page);
    await page.getByText(/Open Government Licence/).first().waitFor();
    assertClean('benchmarks', await checkAtEveryWidth(page, 'benchmarks'));
  });

  it('changes a target in settings, with field errors from the API in an error summary', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('table', { name: /Targets for/ }).waitFor();
    assertClean('settings', await checkAtEveryWidth(page, 'settings'));

    await page.getByRole('link', { name: /the target for Agency rate$/ }).click();
    await page.getByRole('heading', { level: 1, name: /Target for Agency rate/ }).waitFor();
    await settled(page);
    await page.getByLabel('Target', { exact: true }).fill('2000000000');
    await page.getByRole('button', { name: 'Save target' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: /^Target: / }).waitFor();
    assert.equal(await page.getByLabel('Target', { exact: true }).getAttribute('aria-invalid'), 'true');
    assertClean('target-form-error', await checkAtEveryWidth(page, 'target-form-error'));

    await page.getByRole('link', { name: 'Back to targets' }).click();
    await page.getByRole('link', { name: 'Choose the comparator councils' }).click();
    await page.getByRole('heading', { level: 1, name: /Comparator councils/ }).waitFor();
    assertClean('comparators', await checkAtEveryWidth(page, 'comparators'));
  });

  it('keeps settings from a team manager', async () => {
    const manager = await openBrowser({ width: 375, height: 740 });
    try {
      await signIn(manager.page, 'manager1', 'demo');
      const menu = manager.page.getByRole('navigation', { name: 'Menu' });
      await menu.getByRole('link', { name: 'Overview' }).waitFor();
      assert.equal(await menu.getByRole('link', { name: 'Settings' }).count(), 0);
      await manager.page.goto(`${BASE_URL}/settings`);
      await manager.page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
    } finally {
      await manager.close();
    }
  });
});
