// A team manager on a phone (375 px): signs in through Keycloak, opens their
// team and sees each worker's caseload; another team's page says no access.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BASE_URL,
  apiGet,
  axeViolations,
  findNodeByName,
  horizontalOverflow,
  openBrowser,
  screenshot,
  settled,
  signIn,
} from './support.mjs';

const MY_TEAM = 'Assessment and Intervention North';
const OTHER_TEAM = 'Child Protection East';
const STATUS_TEXT = /Over threshold|Within threshold|Not recorded/;

describe('team manager on a 375 px phone', { timeout: 180_000 }, () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser;

  before(async () => {
    browser = await openBrowser({ width: 375, height: 740 });
  });

  after(async () => {
    await browser?.close();
  });

  it('signs in through the Keycloak page and sees their team on the home page', async () => {
    const { page } = browser;
    await signIn(page, 'manager1', 'demo');
    await settled(page);

    assert.equal(await page.getByRole('button', { name: 'Sign out' }).isVisible(), true);
    await page.getByRole('link', { name: `View caseloads for ${MY_TEAM}` }).waitFor();
    assert.equal(await horizontalOverflow(page), 0, 'the home page is wider than the phone');
    await screenshot(page, '/tmp/e2e-home-375.png');
    await page.setViewportSize({ width: 320, height: 740 });
    assert.equal(await horizontalOverflow(page), 0, 'the home page is wider than a 320 px phone');
    await page.setViewportSize({ width: 375, height: 740 });
  });

  it("opens their team and sees each worker's caseload and status as text", async () => {
    const { page } = browser;
    await page.getByRole('link', { name: `View caseloads for ${MY_TEAM}` }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(MY_TEAM) }).waitFor();
    await settled(page);

    assert.match(new URL(page.url()).pathname, /^\/teams\/[0-9a-f-]{36}$/);
    // On a phone the workers are cards (the wide table is hidden).
    const cards = page.locator('.wi-cards > li');
    assert.ok((await cards.count()) >= 1, 'no worker cards shown');
    assert.equal(await cards.first().isVisible(), true);
    assert.equal(await page.locator('table.wi-worker-table').isVisible(), false);
    assert.match((await cards.first().textContent()) ?? '', STATUS_TEXT);
    const firstName = await cards.first().getByRole('heading', { level: 3 }).textContent();
    assert.ok(firstName && firstName.trim().length > 0, 'the first card has no worker name');
    await page.getByText('Average caseload').first().waitFor();

    assert.equal(await horizontalOverflow(page), 0, 'the team page is wider than the phone');
    await screenshot(page, '/tmp/e2e-team-375.png');
    // The narrowest phone the issue names: 320 px.
    await page.setViewportSize({ width: 320, height: 740 });
    assert.equal(await horizontalOverflow(page), 0, 'the team page is wider than a 320 px phone');
    await page.setViewportSize({ width: 375, height: 740 });

    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `axe found violations: ${JSON.stringify(violations, null, 2)}`);
  });

  it("is told they have no access to another team's page (403)", async () => {
    const { page } = browser;
    const tree = await apiGet(page, '/api/v1/organisation-tree');
    assert.equal(tree.status, 200);
    const other = findNodeByName(tree.body, OTHER_TEAM);
    assert.ok(other, `${OTHER_TEAM} is not in the organisation tree`);
    assert.equal(other.accessible, false, `${OTHER_TEAM} should not be accessible to manager1`);

    const direct = await apiGet(page, `/api/v1/organisation-nodes/${other.id}/caseload-summary`);
    assert.equal(direct.status, 403);

    await page.goto(`${BASE_URL}/teams/${other.id}`);
    await page.getByRole('heading', { level: 1, name: 'You do not have access to this team' }).waitFor();
    assert.equal(await page.locator('.wi-cards').count(), 0);
    assert.equal(await horizontalOverflow(page), 0, 'the no-access page is wider than the phone');

    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `axe found violations: ${JSON.stringify(violations, null, 2)}`);
  });
});
