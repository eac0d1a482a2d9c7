// Measures the JavaScript of the production build (run `npm run build` first):
// what the first page loads (index.html's script and module preloads, and the
// chunks those import statically), and what each lazily loaded page adds on top.
// Sizes are gzip at level 9, as a server would send them. Fails when the first
// page's JavaScript is over the budget (issue 6: 250 KB compressed), or when the
// pages are not split into chunks of their own.
//
//   node tools/bundle-size.mjs [dist-directory]
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url));

const cache = new Map();
async function chunk(file) {
  if (!cache.has(file)) {
    const source = await readFile(join(dist, file));
    const text = source.toString('utf8');
    // Minified output quotes module names with ", ' or `.
    const statics = [...text.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\/[\w.-]+\.js)["'`]/g)].map((m) => posix.join(posix.dirname(file), m[1]));
    const dynamics = [...text.matchAll(/\bimport\(\s*["'`](\.\/[\w.-]+\.js)["'`]\s*\)/g)].map((m) => posix.join(posix.dirname(file), m[1]));
    cache.set(file, { bytes: source.length, gzip: gzipSync(source, { level: 9 }).length, statics, dynamics: [...new Set(dynamics)] });
  }
  return cache.get(file);
}

/** The files a set of entry chunks load before they run: themselves and their static imports. */
async function closure(entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...(await chunk(file)).statics);
  }
  return seen;
}

async function total(files) {
  let bytes = 0;
  let gzip = 0;
  for (const file of files) {
    const info = await chunk(file);
    bytes += info.bytes;
    gzip += info.gzip;
  }
  return { bytes, gzip };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const html = await readFile(join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g)].map((m) => m[1]);
if (entries.length === 0) {
  console.error(`No scripts in ${join(dist, 'index.html')}: is this a production build?`);
  process.exit(1);
}
const first = await closure(entries);
const firstSize = await total(first);
console.log(`First page (${[...first].join(', ')}): ${kb(firstSize.gzip)} gzip, ${kb(firstSize.bytes)} minified`);

const lazy = new Set();
for (const file of first) for (const target of (await chunk(file)).dynamics) lazy.add(target);
const pages = [];
for (const target of [...lazy].sort()) {
  const extra = [...(await closure([target]))].filter((file) => !first.has(file));
  const size = await total(extra);
  pages.push({ target, size });
  console.log(`  + ${target}: ${kb(size.gzip)} gzip more (${extra.length} file${extra.length === 1 ? '' : 's'})`);
}
const largest = pages.reduce((max, page) => Math.max(max, firstSize.gzip + page.size.gzip), firstSize.gzip);
console.log(`Largest first visit (first page plus its page's chunk): ${kb(largest)} gzip; budget ${BUDGET_KB} KB`);

const problems = [];
if (firstSize.gzip > BUDGET_KB * 1024) problems.push(`the first page loads ${kb(firstSize.gzip)} of JavaScript (gzip), over ${BUDGET_KB} KB`);
if (largest > BUDGET_KB * 1024) problems.push(`a first visit to a page loads ${kb(largest)} of JavaScript (gzip), over ${BUDGET_KB} KB`);
if (pages.length < 2) problems.push(`the pages are not split into chunks (${pages.length} lazily loaded chunk(s))`);
if (problems.length) {
  for (const problem of problems) console.error(`FAIL: ${problem}`);
  process.exit(1);
}
console.log(`OK: ${pages.length} lazily loaded page chunks`);
