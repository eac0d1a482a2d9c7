import { describe, expect, it } from 'vitest';
import { reachedFrom, smallSharedPageModules, SHARED_PAGES_CHUNK, type ModuleFacts } from './chunks';

/** A module graph: each module's static importers and whether a page (import()) or the entry. */
function graph(modules: Record<string, Partial<ModuleFacts>>) {
  return {
    getModuleInfo: (id: string): ModuleFacts | null => {
      const facts = modules[id];
      if (!facts) return null;
      return { code: 'x', importers: [], dynamicImporters: [], isEntry: false, ...facts };
    },
  };
}

const router = { dynamicImporters: [], importers: ['/app/src/main.tsx'] };
const page = { dynamicImporters: ['/app/src/app/router.tsx'] };

describe('smallSharedPageModules', () => {
  const modules = {
    '/app/src/main.tsx': { isEntry: true },
    '/app/src/app/router.tsx': router,
    '/app/src/app/routes/overview.tsx': page,
    '/app/src/app/routes/team.tsx': page,
    '/app/src/app/routes/trends.tsx': page,
    // used by two pages, nowhere on the first page
    '/app/src/components/ui/tag.tsx': { importers: ['/app/src/app/routes/overview.tsx', '/app/src/app/routes/team.tsx'] },
    // reached by two pages through another module
    '/app/src/utils/labels.ts': { importers: ['/app/src/components/ui/tag.tsx'] },
    // one page only
    '/app/src/features/measures/tile.tsx': { importers: ['/app/src/app/routes/overview.tsx'] },
    // on the first page as well
    '/app/src/utils/format.ts': { importers: ['/app/src/app/routes/overview.tsx', '/app/src/app/routes/team.tsx', '/app/src/app/router.tsx'] },
    // shared, but large
    '/app/src/features/chart.tsx': {
      code: 'x'.repeat(5000),
      importers: ['/app/src/app/routes/overview.tsx', '/app/src/app/routes/trends.tsx'],
    },
    '/app/node_modules/lib/index.js': { importers: ['/app/src/app/routes/overview.tsx', '/app/src/app/routes/team.tsx'] },
  };
  const context = graph(modules);

  it('puts a small module two pages share, directly or through another, into the shared chunk', () => {
    expect(smallSharedPageModules('/app/src/components/ui/tag.tsx', context)).toBe(SHARED_PAGES_CHUNK);
    expect(smallSharedPageModules('/app/src/utils/labels.ts', context)).toBe(SHARED_PAGES_CHUNK);
  });

  it('leaves alone what one page uses, what the first page needs, large modules, pages and libraries', () => {
    expect(smallSharedPageModules('/app/src/features/measures/tile.tsx', context)).toBeNull();
    expect(smallSharedPageModules('/app/src/utils/format.ts', context)).toBeNull();
    expect(smallSharedPageModules('/app/src/features/chart.tsx', context)).toBeNull();
    expect(smallSharedPageModules('/app/src/app/routes/team.tsx', context)).toBeNull();
    expect(smallSharedPageModules('/app/node_modules/lib/index.js', context)).toBeNull();
  });

  it('finds the pages that reach a module and whether the entry does, through import cycles too', () => {
    const cyclic = graph({
      '/app/src/main.tsx': { isEntry: true },
      '/app/src/app/routes/a.tsx': page,
      '/app/src/x.ts': { importers: ['/app/src/y.ts', '/app/src/app/routes/a.tsx'] },
      '/app/src/y.ts': { importers: ['/app/src/x.ts'] },
    });
    const reached = reachedFrom('/app/src/y.ts', cyclic.getModuleInfo);
    expect([...reached.pages]).toEqual(['/app/src/app/routes/a.tsx']);
    expect(reached.initial).toBe(false);
    expect(reachedFrom('/app/src/app/router.tsx', context.getModuleInfo).initial).toBe(true);
  });
});
