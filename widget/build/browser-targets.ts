// The build target from the one list of supported browsers: package.json's `browserslist` (README "Supported
// browsers"). Browserslist expands the queries; the lowest version of each browser becomes a build target, so
// the bundler transpiles exactly what those browsers lack.
import { readFileSync } from 'node:fs';
import browserslist from 'browserslist';

/** Browserslist names → the target names Vite (esbuild/oxc) knows. */
const NAMES: Record<string, string> = { chrome: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari', ios_saf: 'ios' };

export function supportedBrowsers(packageJson: string): string[] {
  const list = (JSON.parse(readFileSync(packageJson, 'utf8')) as { browserslist?: string[] }).browserslist;
  if (!list?.length) throw new Error(`${packageJson} has no browserslist`);
  return list;
}

/** ['chrome93', 'safari16.4', …]: per browser, the lowest version the queries include. */
export function buildTargets(queries: string[]): string[] {
  const lowest = new Map<string, number>();
  const text = new Map<string, string>();
  for (const entry of browserslist(queries)) {
    const [browser = '', version = ''] = entry.split(' ');
    const name = NAMES[browser];
    if (!name) throw new Error(`browserslist gives ${entry}: add it to widget/build/browser-targets.ts`);
    const low = version.split('-')[0] ?? version;
    if (!lowest.has(name) || Number.parseFloat(low) < (lowest.get(name) ?? Number.POSITIVE_INFINITY)) {
      lowest.set(name, Number.parseFloat(low));
      text.set(name, low);
    }
  }
  return [...text].map(([name, version]) => `${name}${version}`).sort();
}
