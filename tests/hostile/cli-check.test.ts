// A sample of the malformed files through the real `wijzer check` CLI: non-zero exit, and stderr that a policy
// officer can read: one line per problem with a JSONPath, never a stack trace.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ommenText } from '../support/ommen.ts';
import { malformedRulesFiles } from './support/mutate-rules.ts';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = join(process.cwd(), 'widget/cli/wijzer.ts');
const dir = mkdtempSync(join(tmpdir(), 'vw-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stderr: string;
}

const check = (file: string) =>
  new Promise<Run>((ok) => {
    execFile(
      TSX,
      [CLI, 'check', '--rules', file, '--today', '2026-11-22'],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        ok({ code: error ? ((error as { code?: number }).code ?? null) : 0, stderr });
      },
    );
  });

/** Every 33rd of the 1000 files: 30 files, every kind of damage at least twice. */
const sample = malformedRulesFiles(ommenText, 1000)
  .filter((_, i) => i % 33 === 0)
  .slice(0, 30);

describe('wijzer check on malformed files', () => {
  it('exits non-zero with located one-line messages and no stack trace, for 30 files', async () => {
    const files = sample.map((m, i) => {
      const file = join(dir, `bad-${i}-${m.kind.replace(/[^a-z-]/g, '_')}.json`);
      writeFileSync(file, m.text);
      return { ...m, file };
    });
    const results: (Run & { kind: string; file: string })[] = [];
    // Three at a time: each is a fresh Node + tsx process.
    for (let i = 0; i < files.length; i += 3) {
      const batch = files.slice(i, i + 3);
      results.push(...(await Promise.all(batch.map(async (f) => ({ ...f, ...(await check(f.file)) })))));
    }
    expect(results).toHaveLength(30);
    for (const r of results) {
      const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
      const where = `${r.kind} (${r.file})`;
      expect(r.code, where).not.toBe(0);
      expect(lines.length, where).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line, where).not.toMatch(/^\s+at\s|\bat .*:\d+:\d+\)?$|node:internal|Error:/);
        expect(line.startsWith(`${r.file}: $`) || line.startsWith('wijzer: '), `${where}: ${line}`).toBe(true);
      }
    }
  }, 120_000);

  it('the valid Ommen file passes the same command (so the failures above are about the files)', async () => {
    const file = join(dir, 'ommen.json');
    writeFileSync(file, ommenText);
    const { code, stderr } = await check(file);
    expect(stderr.split('\n').filter((l) => l && !l.includes('waarschuwing'))).toEqual([]);
    expect(code).toBe(0);
  }, 60_000);
});
