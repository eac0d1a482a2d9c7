// A workforce lead's reporting task: the monthly report with a commentary written, saved and
// still there after a reload, downloaded as an Excel workbook; the weekly report and a drill
// down to a team; the DfE return; the settings pages for thresholds, measure settings,
// supervision policy and case weights. Every page passes axe (WCAG 2.2 AA) at 1280 px and
// 320 px, fits a 320 px screen, is saved as a screenshot at 1280 px and 375 px, and a printed
// report has no menu or buttons.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, checkAtEveryWidth, openBrowser, settled, signIn } from './support.mjs';

function assertClean(name, { violations, overflow }) {
  assert.deepEqual(violations.desktop, [], `${name} at 1280 px: ${JSON.stringify(violations.desktop, null, 2)}`);
  assert.deepEqual(violations.phone320, [], `${name} at 320 px: ${JSON.stringify(violations.phone320, null, 2)}`);
  assert.equal(overflow, 0, `${name} is wider than a 320 px screen by ${overflow} px`);
}

describe('workforce lead: reports and settings', { timeout: 900_000 }, () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser;

  before(async () => {
    browser = await openBrowser({ width: 1280, height: 900 });
    await signIn(browser.page, 'lead', 'demo');
  });

  after(async () => {
    await browser?.close();
  });

  it('writes a commentary on the monthly report, and it is still there after a reload', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    assertClean('reports', await checkAtEveryWidth(page, 'reports'));

    await page.getByRole('link', { name: 'Monthly workforce report' }).click();
    await page.getByRole('heading', { level: 1, name: /Monthly workforce report/ }).waitFor({ timeout: 120_000 });
    await settled(page);
    const section = page.getByRole('region', { name: 'Agency rate', exact: true });
    assert.match((await section.locator('.wi-tag').last().textContent()) ?? '', /On target|Near target|Off target|No target/);

    const text = `Agency use is falling as the recruitment campaign fills posts (${Date.now()}).`;
    const box = page.getByLabel('Commentary on Agency rate', { exact: true });
    await box.fill(text);
    await page.getByRole('button', { name: 'Save commentary on Agency rate' }).click();
    await section.getByText('Commentary saved.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Monthly workforce report/ }).waitFor({ timeout: 120_000 });
    await settled(page);
    assert.equal(await page.getByLabel('Commentary on Agency rate', { exact: true }).inputValue(), text);
    assertClean('monthly-report', await checkAtEveryWidth(page, 'monthly-report'));
  });

  it('prints the monthly report without the menu or buttons', async () => {
    const { page } = browser;
    await page.emulateMedia({ media: 'print' });
    try {
      assert.equal(await page.getByRole('navigation', { name: 'Menu' }).isVisible(), false, 'the menu prints');
      assert.equal(await page.getByRole('button', { name: /Download/ }).first().isVisible(), false, 'buttons print');
      assert.equal(await page.getByRole('button', { name: /Save commentary/ }).first().isVisible(), false);
      await page.getByRole('heading', { level: 1, name: /Monthly workforce report/ }).waitFor();
      assert.ok(await page.locator('.wi-print-only').filter({ hasText: 'Agency use is falling' }).isVisible());
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    assert.equal(await page.getByRole('navigation', { name: 'Menu' }).isVisible(), true);
  });

  it('downloads the monthly report as an Excel workbook named by the API', async () => {
    const { page } = browser;
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'Download Excel (XLSX) of the monthly report' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^monthly-report.*\.xlsx$/);
    const path = await download.path();
    assert.ok(path, 'the download was not saved');
    const bytes = await readFile(path);
    assert.ok(bytes.length > 100, `only ${bytes.length} bytes arrived`);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX file is a zip');
    await page.getByText(/^Downloaded monthly-report.*\.xlsx/).waitFor();
  });

  it('reads the weekly report and drills down to a team', async () => {
    const { page } = browser;
    await page.goto(`${BASE_URL}/reports/weekly`);
    await page.getByRole('heading', { level: 1, name: /Weekly caseload and compliance report/ }).waitFor({ timeout: 120_000 });
    await settled(page);
    const table = page.getByRole('table', { name: /Caseloads and compliance for/ });
    assert.ok((await table.locator('tbody tr').count()) >= 3, 'expected the council, its services and teams');
    assertClean('weekly-report', await checkAtEveryWidth(page, 'weekly-report'));

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('navigation', { name: 'Menu' }).isVisible(), false, 'the menu prints');
    await page.emulateMedia({ media: 'screen' });

    const team = table.locator('tbody tr').filter({ hasText: '(team)' }).first().getByRole('link');
    const teamName = ((await team.textContent()) ?? '').trim();
    await team.click();
    await page.waitForURL(/\/teams\//);
    await page.getByRole('heading', { level: 1, name: new RegExp(teamName) }).waitFor({ timeout: 120_000 });
  });

  it('reads the DfE return with the workers behind it', async () => {
    const { page } = browser;
    await page.goto(`${BASE_URL}/reports/dfe-return`);
    await page.getByRole('heading', { level: 1, name: /DfE children.s social work workforce return/ }).waitFor({ timeout: 120_000 });
    await settled(page);
    await page.getByRole('table', { name: /The council.s row/ }).waitFor();
    assert.ok(await page.getByText('inpost_fte', { exact: true }).isVisible());
    assertClean('dfe-return', await checkAtEveryWidth(page, 'dfe-return'));
  });

  for (const [link, heading, name] of [
    ['Caseload thresholds', 'Caseload thresholds', 'settings-caseload-thresholds'],
    ['Measure settings', 'Measure settings', 'settings-measure-settings'],
    ['Supervision policy', 'Supervision policy', 'settings-supervision-policy'],
    ['Case weights', 'Case weights', 'settings-case-weights'],
  ]) {
    it(`opens the ${heading.toLowerCase()} settings`, async () => {
      const { page } = browser;
      await page.goto(`${BASE_URL}/settings`);
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(heading) }).waitFor();
      await settled(page);
      assertClean(name, await checkAtEveryWidth(page, name));
    });
  }

  it('gives a role its own supervision rule, with field errors in an error summary first', async () => {
    const { page } = browser;
    await page.goto(`${BASE_URL}/settings/supervision-policy`);
    await page.getByRole('link', { name: 'Set the rule for Senior practitioner' }).click();
    await page.getByRole('heading', { level: 1, name: /Supervision for senior practitioner/ }).waitFor();
    await settled(page);
    const days = page.getByLabel('Most days between supervision sessions');
    await days.fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').getByRole('link', { name: /must be 1 or more/ }).waitFor();
    assert.equal(await days.getAttribute('aria-invalid'), 'true');
    assertClean('settings-supervision-rule-error', await checkAtEveryWidth(page, 'settings-supervision-rule-error'));

    await days.fill('21');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: /Supervision policy/ }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Senior practitioner' });
    await row.getByText('At least every 21 days').waitFor();
    await row.getByText('Own rule').waitFor();
  });

  it('changes a case weight', async () => {
    const { page } = browser;
    await page.goto(`${BASE_URL}/settings/case-weights/other`);
    await page.getByRole('heading', { level: 1, name: /Weight of other cases/ }).waitFor();
    await settled(page);
    assertClean('settings-case-weight-form', await checkAtEveryWidth(page, 'settings-case-weight-form'));
    await page.getByLabel('Points per case').fill('5.25');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: /Case weights/ }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Other' }).getByText('5.25').waitFor();
  });

  it('keeps the DfE return and settings pages from a team manager, but not the reports', async () => {
    const manager = await openBrowser({ width: 375, height: 740 });
    try {
      await signIn(manager.page, 'manager1', 'demo');
      const menu = manager.page.getByRole('navigation', { name: 'Menu' });
      await menu.getByRole('link', { name: 'Reports' }).click();
      await manager.page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
      assert.equal(await manager.page.getByRole('link', { name: 'DfE workforce return' }).count(), 0);
      await manager.page.goto(`${BASE_URL}/reports/dfe-return`);
      await manager.page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
      await manager.page.goto(`${BASE_URL}/settings/case-weights`);
      await manager.page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
    } finally {
      await manager.close();
    }
  });
});
