/**
 * How the build groups the app's own small modules that several pages share.
 *
 * Left to itself, the bundler gives every set of pages that shares a module a chunk of its own: the
 * overview then needs its own chunk and five more of a few hundred bytes each (a tag, a hook, a
 * formatter...). Each is one more request, and one more `<link rel="modulepreload">` the page adds
 * before it can load (a few milliseconds each on a phone, on the path to the first figures). So the
 * small ones go into one chunk that every page's chunk loads: a few kilobytes some pages do not use,
 * for four or five requests fewer.
 *
 * Only modules that no page needs on its first drawing are taken (those stay in the first page's
 * files), and only small ones (a large shared module, a chart, stays with the pages that use it).
 */

/** What the bundler tells us about a module (a subset of Rollup's and Rolldown's ModuleInfo). */
export interface ModuleFacts {
  code: string | null;
  importers: readonly string[];
  dynamicImporters: readonly string[];
  isEntry: boolean;
}

export type ModuleLookup = (id: string) => ModuleFacts | null;

/** The chunk the small shared page modules go into. */
export const SHARED_PAGES_CHUNK = 'pages-shared';

/** Larger than this (source, before minifying), a shared module stays with the pages that use it. */
export const SMALL_MODULE_BYTES = 4000;

/**
 * The pages (modules loaded with `import()`) that reach this module through static imports, and
 * whether the entry reaches it that way too (then it is part of the first page already).
 */
export function reachedFrom(id: string, lookup: ModuleLookup): { pages: Set<string>; initial: boolean } {
  const pages = new Set<string>();
  let initial = false;
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    const facts = lookup(current);
    if (!facts) continue;
    if (facts.isEntry) initial = true;
    if (facts.dynamicImporters.length > 0) pages.add(current);
    stack.push(...facts.importers);
  }
  return { pages, initial };
}

/** Rolldown's `codeSplitting.groups[].name`: the shared chunk for a small app module two or more pages share. */
export function smallSharedPageModules(id: string, context: { getModuleInfo: ModuleLookup }): string | null {
  if (!/[\\/]src[\\/]/.test(id) || /[\\/]node_modules[\\/]/.test(id)) return null;
  const lookup: ModuleLookup = (moduleId) => context.getModuleInfo(moduleId);
  const facts = lookup(id);
  if (!facts || facts.code === null || facts.code.length > SMALL_MODULE_BYTES) return null;
  // A page itself stays a chunk of its own.
  if (facts.dynamicImporters.length > 0) return null;
  const { pages, initial } = reachedFrom(id, lookup);
  return !initial && pages.size >= 2 ? SHARED_PAGES_CHUNK : null;
}
