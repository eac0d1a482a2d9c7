// Shared helpers for the end-to-end tests: a fresh Chromium (the Debian
// package, never a downloaded browser), sign-in through the real Keycloak
// page, axe-core in the page and an overflow check.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8089').replace(/\/$/, '');
export const CHROMIUM_PATH = process.env.E2E_CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1';
export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Chromium with a fresh, throw-away profile and one page of the given size.
 * @param {{ width: number, height: number }} viewport
 */
export async function openBrowser(viewport) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'wi-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
    locale: 'en-GB',
    // The app's Content-Security-Policy refuses inline scripts, and axe-core is added to the page as one;
    // the policy itself is checked by production-hardening.test.mjs.
    bypassCSP: true,
  });
  context.setDefaultTimeout(60_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Signs in from the app's start page through the Keycloak login form and
 * waits until the app shows the signed-in home page.
 * @param {import('playwright-core').Page} page
 */
export async function signIn(page, username, password) {
  await page.goto(`${BASE_URL}/`);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  try {
    await page.locator('#username').waitFor();
  } catch (error) {
    const text = (await page.locator('body').innerText().catch(() => '')).slice(0, 500);
    throw new Error(`The Keycloak login page did not appear (at ${page.url()}): ${text}`, { cause: error });
  }
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(BASE_URL) && !url.pathname.startsWith('/auth/callback'));
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Waits until no loading message is shown. */
export async function settled(page) {
  await page.waitForFunction(() => document.querySelectorAll('[role="status"]').length === 0);
}

/**
 * Runs axe-core (from node_modules) in the page with the WCAG 2.2 AA rules,
 * colour contrast included, and returns a short list of the violations.
 * @param {import('playwright-core').Page} page
 */
export async function axeViolations(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async (tags) => {
    // @ts-expect-error axe is the global the script above defines
    const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((/** @type {any} */ violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((/** @type {any} */ node) => node.target.join(' ')),
    }));
  }, WCAG_22_AA_TAGS);
}

/** How far the page is wider than the viewport (0 when it fits). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    return Math.max(0, scroller.scrollWidth - window.innerWidth);
  });
}

/**
 * Calls the API from the page with the signed-in user's access token
 * (kept by oidc-client-ts in session storage).
 * @param {import('playwright-core').Page} page
 * @param {string} path
 */
export async function apiGet(page, path) {
  return page.evaluate(async (apiPath) => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    if (!key) throw new Error('No signed-in user in session storage');
    const token = JSON.parse(sessionStorage.getItem(key) ?? '{}').access_token;
    const response = await fetch(apiPath, { headers: { Authorization: `Bearer ${token}` } });
    return { status: response.status, body: await response.json() };
  }, path);
}

/** Finds a node by name anywhere in the organisation tree. */
export function findNodeByName(node, name) {
  if (node.name === name) return node;
  for (const child of node.children ?? []) {
    const found = findNodeByName(child, name);
    if (found) return found;
  }
  return undefined;
}

export async function screenshot(page, path) {
  if (SCREENSHOTS) {
    await page.screenshot({ path, fullPage: true });
  }
}

/** Where the end-to-end tests save their screenshots (git-ignored). */
export const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR ?? fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

/**
 * Checks a page at desktop width and on a 320 px phone (axe at WCAG 2.2 AA,
 * colour contrast included, and no sideways scrolling of the page), and saves
 * screenshots at desktop width and at 375 px. Leaves the page at desktop width.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
export async function checkAtEveryWidth(page, name, desktop = { width: 1280, height: 900 }) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await settled(page);
  const results = {};
  results.desktop = await axeViolations(page);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${desktop.width}.png`), fullPage: true });
  await page.setViewportSize({ width: 320, height: 740 });
  results.phone320 = await axeViolations(page);
  const overflow = await horizontalOverflow(page);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-375.png`), fullPage: true });
  await page.setViewportSize(desktop);
  return { violations: results, overflow };
}

/** The demo personas with a role each (password `demo`), as the quality checks visit them. */
export const PERSONAS = ['lead', 'senior', 'manager1', 'hr', 'viewer', 'dpo'];

/**
 * The pages the signed-in user can reach from the menu, read from the page
 * itself (so pages added later are covered too), the home page first.
 * Each has a short file-name-friendly name and the link's href.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ name: string, text: string, href: string }[]>}
 */
export async function navigationPages(page) {
  const links = await page.evaluate(() =>
    [...document.querySelectorAll('nav[aria-label="Menu"] a[href]')].map((link) => ({
      text: (link.textContent ?? '').trim(),
      href: link.getAttribute('href') ?? '',
    })),
  );
  const pages = [{ name: 'home', text: 'Home', href: '/' }];
  for (const link of links) {
    if (!link.href.startsWith('/') || pages.some((known) => known.href === link.href)) continue;
    const name = link.text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'page';
    pages.push({ name, text: link.text, href: link.href });
  }
  return pages;
}

/**
 * Links in the main content to pages of a kind the menu does not list (a team,
 * a measure, a worker…): the first link for each first path segment not yet
 * known, so each kind of page is visited once.
 * @param {import('playwright-core').Page} page
 * @param {{ href: string }[]} known
 * @returns {Promise<{ name: string, text: string, href: string }[]>}
 */
export async function detailPages(page, known) {
  const hrefs = await page.evaluate(() => [...document.querySelectorAll('main a[href^="/"]')].map((link) => link.getAttribute('href') ?? ''));
  const segment = (href) => href.split(/[/?#]/)[1] ?? '';
  const seen = new Set(known.map((item) => segment(item.href)));
  const found = [];
  for (const href of hrefs) {
    const first = segment(href);
    if (!first || seen.has(first) || !href.slice(1).includes('/')) continue;
    seen.add(first);
    found.push({ name: first.replace(/s$/, ''), text: `a ${first.replace(/s$/, '')} page`, href });
  }
  return found;
}

/**
 * Opens a page of the app as a user would: through its menu link when there
 * is one (a client-side navigation), else by loading its address. Resolves
 * once the new page has taken focus and nothing is loading.
 * @param {import('playwright-core').Page} page
 * @param {string} href
 */
export async function openAppPage(page, href) {
  const link = page.locator(`nav[aria-label="Menu"] a[href="${href}"]`);
  const current = await page.evaluate(() => `${location.pathname}${location.search}`);
  if (current !== href && (await link.count()) === 1) {
    await link.click();
    // The layout moves focus to the main content once the new route has rendered.
    await page.waitForFunction(
      (target) => `${location.pathname}${location.search}` === target && document.activeElement?.id === 'main-content',
      href,
    );
  } else {
    await page.goto(`${BASE_URL}${href}`);
  }
  await settled(page);
  await page.locator('main h1').first().waitFor();
}

/**
 * Tabs through the whole page from its start (as after a fresh load) and
 * reports what a keyboard user meets: whether the first stop is the skip
 * link, the controls that never got focus, stops without a visible focus
 * indicator, stops out of document order, and positive tabindex values.
 * @param {import('playwright-core').Page} page
 */
export async function tabThroughPage(page, maxStops = 600) {
  // Every visible control a keyboard user should be able to reach, in document order.
  const expected = await page.evaluate(() => {
    const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    let n = 0;
    const found = [];
    for (const element of document.querySelectorAll(selector)) {
      if (!(element instanceof HTMLElement) || element.closest('[inert]')) continue;
      if (!element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
      // A radio group is one Tab stop; its other options are reached with the arrow keys.
      if (element instanceof HTMLInputElement && element.type === 'radio' && element.name) {
        const group = [...document.querySelectorAll(`input[type="radio"][name="${CSS.escape(element.name)}"]`)];
        const stop = group.find((radio) => radio instanceof HTMLInputElement && radio.checked) ?? group[0];
        if (stop !== element) continue;
      }
      n += 1;
      element.dataset.wiTabId = String(n);
      found.push({ id: String(n), label: `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60)}"` });
    }
    // Start as a fresh page load does: nothing focused, from the top of the document.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    document.body.setAttribute('tabindex', '-1');
    document.body.focus();
    document.body.removeAttribute('tabindex');
    return found;
  });
  const positiveTabindex = await page.evaluate(() =>
    [...document.querySelectorAll('[tabindex]')].filter((element) => Number(element.getAttribute('tabindex')) > 0).map((element) => element.outerHTML.slice(0, 80)),
  );
  const stops = [];
  for (let i = 0; i < maxStops; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!(element instanceof HTMLElement) || element === document.body) return null;
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
      const shadowed = style.boxShadow !== 'none';
      // The last stop of a native date input is the browser's own calendar button, inside the
      // input's closed shadow tree: the input no longer matches :focus and the browser draws
      // its own focus ring round the button (checked by eye: a dark ring on white).
      const nativePart = element instanceof HTMLInputElement && /^(date|time|datetime-local|month|week)$/.test(element.type) && !element.matches(':focus');
      return {
        id: element.dataset.wiTabId ?? null,
        label: `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60)}"`,
        skipLink: element.classList.contains('wi-skip-link'),
        visibleFocus: outlined || shadowed || nativePart,
      };
    });
    // Past the last control, focus leaves the document (or comes back round to the start).
    if (stop === null || (stops.length > 0 && stop.id !== null && stop.id === stops[0].id)) break;
    stops.push(stop);
  }
  const reached = new Set(stops.map((stop) => stop.id));
  const ids = stops.map((stop) => Number(stop.id)).filter((id) => id > 0);
  return {
    firstIsSkipLink: stops[0]?.skipLink === true,
    stops: stops.length,
    unreached: expected.filter((item) => !reached.has(item.id)).map((item) => item.label),
    withoutVisibleFocus: stops.filter((stop) => !stop.visibleFocus).map((stop) => stop.label),
    outOfOrder: ids.some((id, index) => index > 0 && id < ids[index - 1]),
    positiveTabindex,
  };
}

/**
 * From the start of the page, Tab then Enter: the skip link should move focus
 * to the main content. Returns the id of the element that has focus after.
 * @param {import('playwright-core').Page} page
 */
export async function followSkipLink(page) {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    document.body.setAttribute('tabindex', '-1');
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  return page.evaluate(() => document.activeElement?.id ?? '');
}
