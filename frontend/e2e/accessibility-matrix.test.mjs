// Every page of the menu, for every persona: axe at WCAG 2.2 AA (colour contrast
// included) at 1280 px and at 320 px, no sideways scrolling at 320 px, and a
// keyboard user reaches every control with Tab, in document order, the skip
// link first, with a visible focus indicator at each stop. The menu is read
// from the page, so pages added later are covered as soon as they are in it;
// so is one page of each kind the menu's pages link to (a team, a measure…).
// Screenshots (E2E_SCREENSHOTS=1): test-results/screenshots/PERSONA-PAGE-WIDTH.png.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  PERSONAS,
  SCREENSHOT_DIR,
  axeViolations,
  detailPages,
  followSkipLink,
  horizontalOverflow,
  navigationPages,
  openAppPage,
  openBrowser,
  screenshot,
  settled,
  signIn,
  tabThroughPage,
} from './support.mjs';

const DESKTOP = { width: 1280, height: 900 };

function describeViolations(violations) {
  return JSON.stringify(violations, null, 2);
}

describe('accessibility of every page for every persona', { timeout: 1_800_000 }, () => {
  for (const persona of PERSONAS) {
    // One browser per persona: signing in once, then each page of their menu in turn.
    it(`${persona}: every page of the menu passes axe at 1280 and 320 px and is keyboard operable`, async (t) => {
      const browser = await openBrowser(DESKTOP);
      try {
        const { page } = browser;
        await mkdir(SCREENSHOT_DIR, { recursive: true });
        await signIn(page, persona, 'demo');
        await settled(page);
        const pages = await navigationPages(page);
        t.diagnostic(`${persona} reaches ${pages.map((p) => `${p.name} (${p.href})`).join(', ')}`);

        // The menu's pages, then one page of each kind they link to (a team, a measure…).
        for (let index = 0; index < pages.length; index += 1) {
          const target = pages[index];
          await t.test(`${persona}: ${target.text} (${target.href})`, async () => {
            await page.setViewportSize(DESKTOP);
            await openAppPage(page, target.href);
            pages.push(...(await detailPages(page, pages)));

            const desktop = await axeViolations(page);
            assert.deepEqual(desktop, [], `axe at 1280 px: ${describeViolations(desktop)}`);
            await screenshot(page, join(SCREENSHOT_DIR, `${persona}-${target.name}-1280.png`));

            const keyboard = await tabThroughPage(page);
            assert.equal(keyboard.firstIsSkipLink, true, 'the first Tab stop is not the skip link');
            assert.deepEqual(keyboard.unreached, [], 'controls that Tab never reached');
            assert.deepEqual(keyboard.withoutVisibleFocus, [], 'Tab stops without a visible focus indicator');
            assert.equal(keyboard.outOfOrder, false, 'the Tab order does not follow the page order');
            assert.deepEqual(keyboard.positiveTabindex, [], 'a positive tabindex reorders the page');
            assert.equal(await followSkipLink(page), 'main-content', 'the skip link does not move focus to the main content');

            await page.setViewportSize({ width: 320, height: 740 });
            const phone = await axeViolations(page);
            assert.deepEqual(phone, [], `axe at 320 px: ${describeViolations(phone)}`);
            assert.equal(await horizontalOverflow(page), 0, 'wider than a 320 px screen');

            await page.setViewportSize({ width: 375, height: 740 });
            await screenshot(page, join(SCREENSHOT_DIR, `${persona}-${target.name}-375.png`));
            await page.setViewportSize(DESKTOP);
          });
        }
      } finally {
        await browser.close();
      }
    });
  }
});
