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
    // On a phone the workers are cards (the wide table is hidden); the caseload cards are in the workers section.
    const cards = page.locator('section[aria-labelledby="workers-heading"] .wi-cards > li');
    assert.ok((await cards.count()) >= 1, 'no worker cards shown');
    assert.equal(await cards.first().isVisible(), true);
    assert.equal(await page.locator('table.wi-worker-table').isVisible(), false);
    assert.match((await cards.first().textContent()) ?? '', STATUS_TEXT);
    const firstName = await cards.first().getByRole('heading', { level: 3 }).textContent();
    assert.ok(firstName && firstName.trim().length > 0, 'the first card has no worker name');
    await page.getByText('Average caseload').first().waitFor();
    // Workers over their threshold come first, so a manager sees them without scrolling.
    const statuses = await cards.evaluateAll((items) =>
      items.map((item) => (item.textContent ?? '').match(/Over threshold|Within threshold|Not recorded/)?.[0]),
    );
    const firstOther = statuses.findIndex((status) => status !== 'Over threshold');
    assert.ok(
      firstOther === -1 || !statuses.slice(firstOther).includes('Over threshold'),
      `over-threshold workers are not listed first: ${JSON.stringify(statuses)}`,
    );

    assert.equal(await horizontalOverflow(page), 0, 'the team page is wider than the phone');
    await screenshot(page, '/tmp/e2e-team-375.png');
    // The narrowest phone the issue names: 320 px.
    await page.setViewportSize({ width: 320, height: 740 });
    assert.equal(await horizontalOverflow(page), 0, 'the team page is wider than a 320 px phone');
    await page.setViewportSize({ width: 375, height: 740 });

    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `axe found violations: ${JSON.stringify(violations, null, 2)}`);
  });

  it('keeps working when the access token expired while the page was open (renewed with the refresh token)', async () => {
    const { page } = browser;
    // As if the phone had slept past the token's expiry before the renewal timer ran.
    const before = await page.evaluate(() => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      if (!key) throw new Error('No signed-in user in session storage');
      const stored = JSON.parse(sessionStorage.getItem(key) ?? '{}');
      stored.expires_at = Math.floor(Date.now() / 1000) - 30;
      sessionStorage.setItem(key, JSON.stringify(stored));
      return stored.access_token;
    });

    const day = new Date(Date.now() - 14 * 86_400_000);
    const asAt = day.toISOString().slice(0, 10);
    const shown = day.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    await page.getByLabel('Show caseloads as at').fill(asAt);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: `Totals as at ${shown}` }).waitFor();
    await settled(page);

    assert.equal(await page.getByText('You need to sign in again').count(), 0);
    assert.ok(
      (await page.locator('section[aria-labelledby="workers-heading"] .wi-cards > li').count()) >= 1,
      'no worker cards after the renewal',
    );
    const after = await page.evaluate(() => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      const stored = JSON.parse(sessionStorage.getItem(key ?? '') ?? '{}');
      return { token: stored.access_token, expiresIn: stored.expires_at - Date.now() / 1000 };
    });
    assert.notEqual(after.token, before, 'the access token was not renewed');
    assert.ok(after.expiresIn > 60, `the renewed token expires in ${after.expiresIn}s`);
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
