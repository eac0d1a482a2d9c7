// Removes the "funding" entries npm writes into package-lock.json: they are
// the only web addresses in it, and the repository keeps no outside URLs in
// tracked files. npm ci does not read them. Runs after every `npm install`
// (postinstall) and does nothing when there is nothing to remove.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const lockfile = fileURLToPath(new URL('../package-lock.json', import.meta.url));

let text;
try {
  text = await readFile(lockfile, 'utf8');
} catch {
  process.exit(0);
}
const lock = JSON.parse(text);
let removed = 0;
for (const entry of Object.values(lock.packages ?? {})) {
  if (entry && typeof entry === 'object' && 'funding' in entry) {
    delete entry.funding;
    removed += 1;
  }
}
if (removed > 0) {
  await writeFile(lockfile, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`package-lock.json: removed ${removed} funding entries`);
}
