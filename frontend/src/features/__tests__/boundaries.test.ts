/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(process.cwd(), 'src');
const FEATURES = join(SRC, 'features');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module a file names: `import … from`, `export … from`, `import '…'` and `import('…')`, either quote. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\1/g;

function specifiers(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((match) => match[2]);
}

/** The file or folder under src/ a specifier points at, as a path relative to src ('' when outside the app). */
function target(file: string, specifier: string): string {
  if (specifier.startsWith('@/')) return specifier.slice(2);
  if (specifier.startsWith('.')) return relative(SRC, resolve(dirname(file), specifier)).split(sep).join('/');
  return '';
}

/** Where `file` may not import from, and why. */
function offence(file: string, specifier: string): string | undefined {
  const to = target(file, specifier);
  const from = relative(SRC, file).split(sep).join('/');
  const fromFeature = /^features\/([^/]+)\//.exec(from)?.[1];
  const toFeature = /^features\/([^/]+)/.exec(to)?.[1];
  if (fromFeature) {
    if (toFeature && toFeature !== fromFeature) return 'another feature';
    if (to === 'app' || to.startsWith('app/')) return 'the app layer';
    return undefined;
  }
  if (!from.startsWith('app/') && from !== 'main.tsx' && (toFeature || to === 'app' || to.startsWith('app/'))) {
    return 'a feature or the app layer from shared code';
  }
  return undefined;
}

describe('feature boundaries', () => {
  it('finds every kind of import', () => {
    expect(
      specifiers(
        `import a from '../x';\nimport { b } from "@/features/y/api/b";\nexport * from './z';\nimport './side.css';\nconst c = import("../../w");`,
      ),
    ).toEqual(['../x', '@/features/y/api/b', './z', './side.css', '../../w']);
  });

  it('would catch a relative import from another feature', () => {
    const file = join(FEATURES, 'caseloads', 'components', 'team-caseloads.tsx');
    expect(offence(file, '../../organisation/utils/tree')).toBe('another feature');
    expect(offence(file, '@/features/organisation/utils/tree')).toBe('another feature');
    expect(offence(file, '../api/get-caseload-summary')).toBeUndefined();
    expect(offence(file, '@/app/router')).toBe('the app layer');
    expect(offence(join(SRC, 'components', 'layout', 'header.tsx'), '@/features/auth/api/get-current-user')).toBe(
      'a feature or the app layer from shared code',
    );
  });

  it('no feature imports from another feature or from the app layer, and shared code imports neither', () => {
    const offences: string[] = [];
    for (const file of sourceFiles(SRC)) {
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        const why = offence(file, specifier);
        if (why) offences.push(`${relative(SRC, file)} imports ${specifier} (${why})`);
      }
    }
    const features = readdirSync(FEATURES).filter(
      (name) => name !== '__tests__' && statSync(join(FEATURES, name)).isDirectory(),
    );
    expect(features.sort()).toEqual(['absence', 'agency', 'auth', 'benchmarks', 'caseloads', 'imports', 'measures', 'organisation', 'reports', 'settings', 'team', 'workers']);
    expect(offences).toEqual([]);
  });

  it('gives each feature an api and a components folder', () => {
    for (const feature of ['absence', 'agency', 'auth', 'benchmarks', 'caseloads', 'imports', 'measures', 'organisation', 'reports', 'settings', 'team', 'workers']) {
      expect(statSync(join(FEATURES, feature, 'api')).isDirectory()).toBe(true);
      expect(statSync(join(FEATURES, feature, 'components')).isDirectory()).toBe(true);
    }
  });
});
