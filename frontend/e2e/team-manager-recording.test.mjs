// A team manager's main task on a 375 px phone: opens their team, sees who is
// overdue for supervision, opens a worker and records a supervision with its
// supervisor (first with missing answers, fixed from the error summary), then
// corrects it and reads the session's history in words. Then the same kind of
// task by keyboard alone: from the home page to a worker, recording an appraisal.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, checkAtEveryWidth, horizontalOverflow, openBrowser, settled, signIn } from './support.mjs';

const MY_TEAM = 'Assessment and Intervention North';

/** Today as the app shows it and as the date boxes take it (the app and the test run in UTC). */
const now = new Date();
const today = {
  day: String(now.getUTCDate()),
  month: String(now.getUTCMonth() + 1),
  year: String(now.getUTCFullYear()),
  long: now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

function assertNoViolations(violations, where) {
  assert.deepEqual(violations, [], `axe found violations on ${where}: ${JSON.stringify(violations, null, 2)}`);
}

/** The compliance section of the team page. */
function complianceSection(page) {
  return page.locator('section[aria-labelledby="compliance-heading"]');
}

describe('team manager records a supervision on a 375 px phone', { timeout: 300_000 }, () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser;
  let workerName = '';

  before(async () => {
    browser = await openBrowser({ width: 375, height: 740 });
  });

  after(async () => {
    await browser?.close();
  });

  it('opens their team and sees the supervisions overdue, most urgent first', async () => {
    const { page } = browser;
    await signIn(page, 'manager1', 'demo');
    await settled(page);
    await page.getByRole('link', { name: `View caseloads for ${MY_TEAM}` }).click();
    await page.getByRole('heading', { level: 2, name: 'Supervisions and appraisals' }).waitFor();
    await settled(page);

    const section = complianceSection(page);
    const summary = (await section.locator('p').first().textContent()) ?? '';
    assert.match(summary, /overdue for supervision/, `no supervision is overdue in the demo team: ${summary}`);
    // On a phone each worker is a card; the first is the most overdue, with its status in words.
    const cards = section.locator('.wi-narrow-only .wi-cards > li');
    assert.ok((await cards.count()) >= 1, 'no compliance cards');
    assert.equal(await section.locator('table').first().isVisible(), false);
    const first = (await cards.first().textContent()) ?? '';
    assert.match(first, /Overdue/);
    assert.match(first, /days? overdue/);
    await page.getByRole('heading', { level: 2, name: /^Absent / }).waitFor();

    // checkAtEveryWidth takes its desktop screenshot at the size the page has
    await page.setViewportSize({ width: 1280, height: 900 });
    const checked = await checkAtEveryWidth(page, 'team-manager-team-page');
    assertNoViolations(checked.violations.desktop, 'the team page at 1280 px');
    assertNoViolations(checked.violations.phone320, 'the team page at 320 px');
    assert.equal(checked.overflow, 0, 'the team page is wider than a 320 px phone');
    await page.setViewportSize({ width: 375, height: 740 });

    // the most urgent worker: the first card's name links to their page
    const link = cards.first().getByRole('link');
    workerName = ((await link.textContent()) ?? '').trim();
    assert.ok(workerName.length > 0);
    await link.click();
    await page.getByRole('heading', { level: 1, name: new RegExp(workerName) }).waitFor();
    await settled(page);
    assert.match(new URL(page.url()).pathname, /^\/workers\/[0-9a-f-]{36}$/);
  });

  it("shows the worker's summary, records, caseload trend and history", async () => {
    const { page } = browser;
    for (const heading of ['Supervision record', 'Appraisal record', 'Caseload over the last 12 months', 'Role, team and employment history']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    await page.getByRole('img', { name: /^Caseload trend\./ }).waitFor();
    // checkAtEveryWidth takes its desktop screenshot at the size the page has
    await page.setViewportSize({ width: 1280, height: 900 });
    const checked = await checkAtEveryWidth(page, 'team-manager-worker-page');
    assertNoViolations(checked.violations.desktop, 'the worker page at 1280 px');
    assertNoViolations(checked.violations.phone320, 'the worker page at 320 px');
    assert.equal(checked.overflow, 0, 'the worker page is wider than a 320 px phone');
    await page.setViewportSize({ width: 375, height: 740 });
  });

  let supervisorName = '';

  it('records a supervision with its supervisor: missing answers are shown in the error summary, then it saves and appears in the record', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Record a supervision' }).click();
    await page.getByRole('heading', { level: 1, name: /Record a supervision/ }).waitFor();
    await settled(page);

    await page.getByLabel('Day').fill(today.day);
    await page.getByLabel('Month').fill(today.month);
    await page.getByLabel('Year').fill(today.year);
    await page.getByLabel('One to one').check();
    await page.getByRole('button', { name: 'Save supervision' }).click();

    const summary = page.getByRole('alert');
    await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
    const missing = summary.getByRole('link', { name: 'Enter how long the session lasted, in minutes' });
    await missing.waitFor();
    await summary.getByRole('link', { name: 'Select who supervised the session' }).waitFor();
    assert.equal(await summary.evaluate((element) => element === document.activeElement), true, 'the error summary did not take focus');
    assertNoViolations(await axeViolations(page), 'the form with errors');
    assert.equal(await horizontalOverflow(page), 0, 'the form is wider than the phone');
    await page.screenshot({ path: 'test-results/screenshots/team-manager-supervision-error-375.png', fullPage: true }).catch(() => {});

    await missing.click();
    const duration = page.getByLabel('Duration in minutes');
    assert.equal(await duration.evaluate((element) => element === document.activeElement), true, 'the link did not move focus to the field');
    await duration.fill('95');
    // the supervisor: the first of the team's workers the select offers (the worker themselves is not one)
    const supervisor = page.getByLabel('Supervisor');
    await supervisor.locator('option').nth(1).waitFor({ state: 'attached' });
    const options = await supervisor.locator('option').allTextContents();
    assert.ok(options.length >= 3, `the supervisor select offers nobody from the team: ${options.join(' | ')}`);
    assert.equal(options[options.length - 1], 'Someone not listed');
    assert.ok(!options.includes(workerName), 'the worker is offered as their own supervisor');
    supervisorName = options[1];
    await supervisor.selectOption({ label: supervisorName });
    await page.getByRole('button', { name: 'Save supervision' }).click();

    await page.getByText('The supervision session has been recorded.').waitFor();
    await page.getByRole('heading', { level: 1, name: new RegExp(workerName) }).waitFor();
    await settled(page);
    const record = page.locator('section[aria-labelledby="supervision-heading"]');
    const newest = record.locator('.wi-cards > li').first();
    await newest.getByRole('heading', { level: 3, name: today.long, exact: true }).waitFor({ timeout: 10_000 });
    assert.match((await newest.textContent()) ?? '', /One to one.*95 minutes/s);
    assert.match((await newest.textContent()) ?? '', new RegExp(`Supervisor\\s*${supervisorName}`));
  });

  it("corrects the session and reads its history below the form: who changed what, in words", async () => {
    const { page } = browser;
    const record = page.locator('section[aria-labelledby="supervision-heading"]');
    await record.locator('.wi-cards > li').first().getByRole('link', { name: /^Correct/ }).click();
    await page.getByRole('heading', { level: 1, name: /Correct a supervision session/ }).waitFor();
    await settled(page);
    assert.equal(await page.getByLabel('Supervisor').evaluate((select) => select.selectedOptions[0]?.textContent), supervisorName);

    const history = page.getByRole('table', { name: 'Changes to this supervision session, newest first' });
    await history.waitFor();
    const created = history.locator('tbody tr').first();
    const createdText = (await created.textContent()) ?? '';
    assert.match(createdText, /manager1/);
    assert.match(createdText, /Recorded/);
    assert.match(createdText, new RegExp(`Supervisor: ${supervisorName}`));
    assert.doesNotMatch(createdText, /[{}"]/, 'the history shows raw JSON');

    await page.getByLabel('Duration in minutes').fill('100');
    await page.getByRole('button', { name: 'Save the correction' }).click();
    await page.getByText('The supervision session has been corrected.').waitFor();
    await settled(page);
    await record.locator('.wi-cards > li').first().getByRole('link', { name: /^Correct/ }).click();
    await page.getByRole('heading', { level: 1, name: /Correct a supervision session/ }).waitFor();
    await history.waitFor();
    await settled(page);
    const rows = history.locator('tbody tr');
    assert.equal(await rows.count(), 2);
    const corrected = (await rows.first().textContent()) ?? '';
    assert.match(corrected, /Corrected/);
    assert.match(corrected, /Duration changed from 95 minutes to 100 minutes/);

    // checkAtEveryWidth takes its desktop screenshot at the size the page has
    await page.setViewportSize({ width: 1280, height: 900 });
    const checked = await checkAtEveryWidth(page, 'team-manager-correct-supervision');
    assertNoViolations(checked.violations.desktop, 'the correction page with its history at 1280 px');
    assertNoViolations(checked.violations.phone320, 'the correction page with its history at 320 px');
    assert.equal(checked.overflow, 0, 'the correction page is wider than a 320 px phone');
    await page.setViewportSize({ width: 375, height: 740 });
  });
});

describe('team manager records an appraisal by keyboard alone', { timeout: 300_000 }, () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser;

  before(async () => {
    browser = await openBrowser({ width: 1280, height: 900 });
  });

  after(async () => {
    await browser?.close();
  });

  /**
   * Presses Tab until the focused element is the one described (by its text or
   * its id), as a keyboard user would; fails after `max` presses.
   */
  async function tabTo(page, { text, id }, max = 150) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const found = await page.evaluate(
        ({ wantText, wantId }) => {
          const element = document.activeElement;
          if (!element) return false;
          if (wantId) return element.id === wantId;
          return (element.textContent ?? '').replace(/\s+/g, ' ').trim() === wantText;
        },
        { wantText: text, wantId: id },
      );
      if (found) return;
    }
    throw new Error(`Tab never reached ${text ?? id}`);
  }

  it('goes from the home page to a worker and records an appraisal with Tab, Enter and typing only', async () => {
    const { page } = browser;
    await signIn(page, 'manager1', 'demo');
    await settled(page);

    await tabTo(page, { text: `View caseloads for ${MY_TEAM}` });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Supervisions and appraisals' }).waitFor();
    await settled(page);

    // the first worker in the (desktop) compliance table
    const firstWorker = complianceSection(page).locator('table tbody tr').first().getByRole('link');
    const name = ((await firstWorker.textContent()) ?? '').trim();
    await tabTo(page, { text: name });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
    await settled(page);

    await tabTo(page, { text: 'Record an appraisal' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Record an appraisal/ }).waitFor();
    await settled(page);

    await tabTo(page, { id: 'completed-on-day' });
    await page.keyboard.type(today.day);
    await page.keyboard.press('Tab');
    await page.keyboard.type(today.month);
    await page.keyboard.press('Tab');
    await page.keyboard.type(today.year);
    await tabTo(page, { text: 'Save appraisal' }, 5);
    await page.keyboard.press('Enter');

    await page.getByText('The appraisal has been recorded.').waitFor();
    await settled(page);
    const record = page.locator('section[aria-labelledby="appraisal-heading"]');
    const newest = record.locator('.wi-cards > li').first().getByRole('heading', { level: 3 });
    await newest.getByText(`Completed ${today.long}`).waitFor({ timeout: 10_000 });
    assertNoViolations(await axeViolations(page), 'the worker page after recording');
  });
});
