// @vitest-environment node
// The layout's roles (README "Layout"): the resident flow (widget/resident/) and the wijkteam mode
// (widget/professional/) are siblings over what both use (widget/shared/, widget/links/, widget/text/,
// widget/engine/), and only the frame (widget/app.tsx) picks one of them. An import across, or from a
// shared part up into a mode, would tie the modes together again, so it fails here with the file and the import.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every .ts/.tsx file under widget/, as a path from the repository root with forward slashes. */
function sources(dir = join(ROOT, 'widget')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [relative(ROOT, path).split('\\').join('/')] : [];
  });
}

/** The widget files a file imports: static imports, re-exports, `import type` and dynamic import(). */
function importsOf(file: string, text = readFileSync(join(ROOT, file), 'utf8')): string[] {
  const specs = [
    ...text.matchAll(/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"`]([^'"`]+)['"`]/g),
    ...text.matchAll(/\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g),
    ...text.matchAll(/^\s*import\s*['"`]([^'"`]+)['"`]/gm),
  ].map((m) => m[1] as string);
  return specs
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => posix.normalize(posix.join(dirname(file), spec.split('?')[0] as string)));
}

/** Where a file sits: its folder directly under widget/, or the file itself for widget/*.ts. */
const place = (file: string) => file.replace(/^widget\/([^/]+)\/.*$/, 'widget/$1/');

/** What each part may not import (a folder ends in /). */
const FORBIDDEN: Record<string, string[]> = {
  'widget/resident/': ['widget/professional/', 'widget/app.tsx'],
  'widget/professional/': ['widget/resident/', 'widget/app.tsx'],
  'widget/shared/': ['widget/resident/', 'widget/professional/', 'widget/app.tsx'],
  'widget/links/': ['widget/resident/', 'widget/professional/', 'widget/app.tsx'],
  'widget/text/': ['widget/resident/', 'widget/professional/', 'widget/shared/', 'widget/app.tsx'],
  'widget/engine/': ['widget/resident/', 'widget/professional/', 'widget/shared/', 'widget/links/', 'widget/app.tsx'],
};

const breaks = (from: string, target: string) =>
  (FORBIDDEN[place(from)] ?? []).some((no) => (no.endsWith('/') ? target.startsWith(no) : target === no));

describe('import direction', () => {
  const files = sources();

  it('reads the imports it checks (a scanner that finds nothing would pass anything)', () => {
    expect(importsOf('widget/app.tsx')).toContain('widget/resident/resident-flow.tsx');
    expect(importsOf('widget/professional/lazy-professional-view.tsx')).toContain('widget/professional/professional-view.tsx');
    const sample = "import type { A } from '../professional/a.ts';\nexport { b } from './b.ts';\nimport './c.css?inline';";
    expect(importsOf('widget/resident/x.ts', sample)).toEqual([
      'widget/professional/a.ts',
      'widget/resident/b.ts',
      'widget/resident/c.css',
    ]);
    expect(breaks('widget/resident/x.ts', 'widget/professional/a.ts')).toBe(true);
    expect(breaks('widget/resident/x.ts', 'widget/shared/heading.tsx')).toBe(false);
  });

  it('keeps the resident flow and the wijkteam mode apart, and the shared parts below both', () => {
    const wrong = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => breaks(file, target))
        .map((target) => `${file} imports ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('lets only the frame (widget/app.tsx) pick a mode', () => {
    const intoModes = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => /^widget\/(resident|professional)\//.test(target) && place(target) !== place(file))
        .map((target) => `${file} imports ${target}`),
    );
    expect(intoModes.filter((line) => !line.startsWith('widget/app.tsx '))).toEqual([]);
    expect(intoModes.length).toBeGreaterThan(0);
  });
});
