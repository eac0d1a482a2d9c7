// A workforce lead on a desktop (1280 px) sees every team's average caseload
// and workers over threshold, and the page passes axe at WCAG 2.2 AA.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, horizontalOverflow, openBrowser, screenshot, settled, signIn } from './support.mjs';

describe('workforce lead on a desktop', { timeout: 180_000 }, () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser;

  before(async () => {
    browser = await openBrowser({ width: 1280, height: 900 });
  });

  after(async () => {
    await browser?.close();
  });

  it('sees the organisation tree with figures for every team', async () => {
    const { page } = browser;
    await signIn(page, 'lead', 'demo');
    // A lead's home is the overview; every team's caseloads are one menu item away.
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Caseloads' }).click();
    await page.getByRole('heading', { level: 2, name: 'Whole council' }).waitFor();
    await settled(page);

    const rows = page.locator('table.wi-table tbody tr');
    const count = await rows.count();
    assert.ok(count >= 10, `expected about 30 teams, found ${count}`);
    for (let i = 0; i < count; i += 1) {
      const row = rows.nth(i);
      const name = (await row.locator('th').textContent())?.trim();
      const cells = await row.locator('td').allTextContents();
      assert.equal(cells.length, 2, `${name}: expected average and over-threshold cells, got ${JSON.stringify(cells)}`);
      assert.match(cells[0].trim(), /^\d+\.\d$|^No case holders$/, `${name}: average caseload ${cells[0]}`);
      assert.match(cells[1].trim(), /^\d+$/, `${name}: workers over threshold ${cells[1]}`);
      assert.equal(await row.getByRole('link').count(), 1, `${name}: a lead can open every team`);
    }
    assert.equal(await horizontalOverflow(page), 0);
    await screenshot(page, '/tmp/e2e-home-1280.png');

    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `axe found violations: ${JSON.stringify(violations, null, 2)}`);
  });

  it('opens a team and sees the worker table', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Child Protection East', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Child Protection East/ }).waitFor();
    await settled(page);

    const table = page.getByRole('table', { name: /Caseloads in Child Protection East/ });
    assert.equal(await table.isVisible(), true);
    assert.ok((await table.locator('tbody tr').count()) >= 1);
    assert.equal(await page.locator('section[aria-labelledby="workers-heading"] .wi-cards').isVisible(), false);
    await screenshot(page, '/tmp/e2e-team-1280.png');

    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `axe found violations: ${JSON.stringify(violations, null, 2)}`);
  });
});
