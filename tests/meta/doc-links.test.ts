// @vitest-environment node
// The documentation is split over README.md, CONTRIBUTING.md, docs/ and rules/README.md, and its pages link each
// other by path and by heading anchor: a moved section or a renamed heading must not leave a dead link behind.
// Every relative link and `#anchor` must resolve to a file in the repository and, for a Markdown file, to one of
// its headings (slugged the way GitHub renders them). Links with a scheme (https:, mailto:, tel:) are not followed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function markdownUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return markdownUnder(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const PAGES = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'rules/README.md', ...markdownUnder('docs')];

/** The text outside fenced code blocks, with inline code spans emptied: neither holds links or headings. */
function prose(text: string): string[] {
  let fenced = false;
  return text.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line;
  });
}

/** GitHub's heading anchor: the rendered text in lower case, punctuation dropped, spaces as hyphens,
 *  a repeated heading numbered -1, -2, … */
function anchorsOf(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of prose(text)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const rendered = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '');
    const slug = rendered
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Every link and image target of a page, outside code. */
function targetsOf(text: string): string[] {
  const body = prose(text)
    .map((line) => line.replace(/`[^`]*`/g, '``'))
    .join('\n');
  return [...body.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] as string);
}

/** What is wrong with one link of `page`, or null when it resolves. */
function problem(page: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null;
  const [path = '', anchor] = target.split('#');
  const file = path === '' ? join(ROOT, page) : resolve(ROOT, dirname(page), decodeURIComponent(path));
  if (!file.startsWith(ROOT + sep)) return `${target}: outside the repository`;
  if (!existsSync(file)) return `${target}: no such file (${relative(ROOT, file)})`;
  if (anchor === undefined || anchor === '') return null;
  if (statSync(file).isDirectory() || !file.endsWith('.md')) return `${target}: an anchor into a file without headings`;
  return anchorsOf(readFileSync(file, 'utf8')).has(decodeURIComponent(anchor))
    ? null
    : `${target}: no heading "#${anchor}" in ${relative(ROOT, file)}`;
}

describe('documentation links', () => {
  it('slugs headings the way GitHub does', () => {
    const anchors = anchorsOf('# Links (`#vw=`)\n## 2. Peildatum, norms\n## Uitkomsten: ja, misschien\n## Links (`#vw=`)\n');
    expect([...anchors]).toEqual(['links-vw', '2-peildatum-norms', 'uitkomsten-ja-misschien', 'links-vw-1']);
  });

  it('finds a dead link, and a heading that is only in code is no anchor', () => {
    const text = '# Real\n```\n# Not a heading\n```\n[a](#real) [b](#not-a-heading) `[c](#missing)`\n';
    const links = targetsOf(text);
    expect(links).toEqual(['#real', '#not-a-heading']);
    expect(anchorsOf(text).has('not-a-heading')).toBe(false);
  });

  for (const page of PAGES) {
    it(`${page}: every relative link and anchor resolves`, () => {
      const text = readFileSync(join(ROOT, page), 'utf8');
      const broken = targetsOf(text)
        .map((target) => problem(page, target))
        .filter((p) => p !== null);
      expect(broken).toEqual([]);
    });
  }
});
