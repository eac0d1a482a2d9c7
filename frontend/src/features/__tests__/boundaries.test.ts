/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const FEATURES = join(process.cwd(), 'src', 'features');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const IMPORT = /from\s+'([^']+)'/g;

describe('feature boundaries', () => {
  it('no feature imports from another feature or from the app layer', () => {
    const offences: string[] = [];
    const features = readdirSync(FEATURES).filter(
      (name) => name !== '__tests__' && statSync(join(FEATURES, name)).isDirectory(),
    );
    for (const feature of features) {
      for (const file of sourceFiles(join(FEATURES, feature))) {
        for (const [, target] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
          const other = /^@\/features\/([^/]+)/.exec(target)?.[1];
          if ((other && other !== feature) || target.startsWith('@/app')) {
            offences.push(`${relative(FEATURES, file)} imports ${target}`);
          }
        }
      }
    }
    expect(features.sort()).toEqual(['auth', 'caseloads', 'organisation']);
    expect(offences).toEqual([]);
  });
});
