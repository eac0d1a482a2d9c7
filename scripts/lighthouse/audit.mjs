// Lighthouse on signed-in pages (run by scripts/lighthouse.sh, which installs this beside Lighthouse).
//
// The app keeps the signed-in user in sessionStorage (oidc-client-ts), which belongs to one tab. So
// each persona signs in through the real Keycloak form in a tab of its own, and Lighthouse is handed
// that same tab: its navigation to the page under audit keeps the tab's session, exactly as a user's
// reload would. Nothing in the app is relaxed for the audit. Lighthouse would otherwise clear the
// origin's storage (and sign the user out), so storage reset is off; the HTTP cache is cleared
// before every run instead, so each run is a cold load of the production build.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const baseUrl = (process.argv[2] ?? 'http://127.0.0.1:8089').replace(/\/$/, '');
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const outDir = process.env.LIGHTHOUSE_OUT ?? 'lighthouse-reports';
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const password = process.env.LIGHTHOUSE_PASSWORD ?? 'demo';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
];

/** The pages the quality bars name, each with the persona that opens it. */
const AUDITS = [
  { name: 'overview', user: 'lead', path: async () => '/overview' },
  {
    name: 'team',
    user: 'manager1',
    // The manager's first team, as linked from their home page.
    path: async (page) => {
      await page.waitForSelector('main a[href^="/teams/"]');
      return page.$eval('main a[href^="/teams/"]', (link) => link.getAttribute('href'));
    },
  },
];

async function signIn(page, username) {
  await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle0' });
  const signInButton = await page.waitForSelector('::-p-aria([name="Sign in"][role="button"])');
  await Promise.all([page.waitForNavigation(), signInButton.click()]);
  try {
    await page.waitForSelector('#username');
  } catch (error) {
    const text = await page.evaluate(() => document.body.innerText.slice(0, 300)).catch(() => '');
    throw new Error(`The Keycloak login page did not appear (at ${page.url()}): ${text}`, { cause: error });
  }
  await page.type('#username', username);
  await page.type('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('#kc-login')]);
  await page.waitForSelector('::-p-aria([name="Sign out"][role="button"])', { timeout: 60_000 });
}

function summarise(lhr) {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
  const metrics = Object.fromEntries(METRICS.map(([id, short]) => [short, lhr.audits[id]?.numericValue]));
  const failing = Object.values(lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
    .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
  return { scores, metrics, failing, benchmarkIndex: lhr.environment?.benchmarkIndex, warnings: lhr.runWarnings };
}

function formatMetrics(metrics) {
  return METRICS.map(([, short]) => {
    const value = metrics[short];
    if (value === undefined) return `${short} n/a`;
    return short === 'CLS' ? `${short} ${value.toFixed(3)}` : `${short} ${Math.round(value)} ms`;
  }).join(', ');
}

async function auditAs(audit) {
  const browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    defaultViewport: null,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    // A shared, busy machine can take a while to sign in.
    page.setDefaultTimeout(120_000);
    await signIn(page, audit.user);
    const url = `${baseUrl}${await audit.path(page)}`;
    const cdp = await page.createCDPSession();
    const results = [];
    for (let run = 1; run <= runs; run += 1) {
      await cdp.send('Network.clearBrowserCache');
      const result = await lighthouse(
        url,
        { logLevel: 'error', output: ['json', 'html'], onlyCategories: CATEGORIES, disableStorageReset: true },
        undefined,
        page,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const summary = summarise(result.lhr);
      // The audited page must be the signed-in one, not the sign-in panel.
      const signedIn = await page.evaluate(() =>
        [...document.querySelectorAll('button')].some((button) => button.textContent?.trim() === 'Sign out'),
      );
      if (!signedIn || result.lhr.finalDisplayedUrl.includes('/realms/')) {
        throw new Error(`The audit of ${url} did not stay signed in (ended at ${result.lhr.finalDisplayedUrl})`);
      }
      const [json, html] = result.report;
      await writeFile(join(outDir, `${audit.name}-${audit.user}-run${run}.report.json`), json);
      await writeFile(join(outDir, `${audit.name}-${audit.user}-run${run}.report.html`), html);
      // LIGHTHOUSE_TRACES=1: the run's Chromium trace too (open it in the browser's performance panel), to see
      // which tasks make up Total Blocking Time.
      if (process.env.LIGHTHOUSE_TRACES && result.artifacts?.Trace) {
        await writeFile(join(outDir, `${audit.name}-${audit.user}-run${run}.trace.json`), JSON.stringify(result.artifacts.Trace));
      }
      console.log(`  ${audit.name} run ${run}: performance ${summary.scores.performance}, accessibility ${summary.scores.accessibility} (${formatMetrics(summary.metrics)})`);
      results.push(summary);
    }
    // The median run by performance score: one slow run on a shared machine does not decide it.
    results.sort((a, b) => a.scores.performance - b.scores.performance);
    return { ...audit, url, median: results[Math.floor((results.length - 1) / 2)], all: results };
  } finally {
    await browser.close();
  }
}

await mkdir(outDir, { recursive: true });
console.log(`Lighthouse (mobile, simulated throttling) on ${baseUrl} with ${chromePath}, ${runs} run(s) per page`);
const summaries = [];
for (const audit of AUDITS) {
  summaries.push(await auditAs(audit));
}
console.log('');
console.log('page       user      perf  a11y  best  seo   metrics (median run by performance)');
for (const { name, user, median } of summaries) {
  const s = median.scores;
  console.log(
    `${name.padEnd(10)} ${user.padEnd(9)} ${String(s.performance).padEnd(5)} ${String(s.accessibility).padEnd(5)} ${String(s['best-practices']).padEnd(5)} ${String(s.seo).padEnd(5)} ${formatMetrics(median.metrics)}`,
  );
}
for (const { name, median, url } of summaries) {
  console.log(`\n${name} (${url}): benchmark index ${median.benchmarkIndex}`);
  if (median.failing.length) console.log(`  audits below 0.9: ${median.failing.join(', ')}`);
  for (const warning of median.warnings ?? []) console.log(`  warning: ${warning}`);
}
await writeFile(join(outDir, 'summary.json'), `${JSON.stringify(summaries, null, 2)}\n`);
console.log(`\nReports: ${outDir}`);
