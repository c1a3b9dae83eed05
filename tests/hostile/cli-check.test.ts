// A sample of the malformed files through `wijzer check` (in-process run(): the same code as the command,
// without a Node start per file; tests/engine/cli.test.ts spawns the real process): non-zero exit, and stderr
// that a policy officer can read: one line per problem with file:line:column and a JSONPath, never a stack trace.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../widget/cli/main.ts';
import { ommenText } from '../support/ommen.ts';
import { malformedRulesFiles } from './support/mutate-rules.ts';

const dir = mkdtempSync(join(tmpdir(), 'vw-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stderr: string;
}

async function check(file: string): Promise<Run> {
  let stderr = '';
  const code = await run(['check', '--rules', file, '--today', '2026-11-22'], {
    out: () => {},
    err: (t) => (stderr += t),
    tty: false,
  });
  return { code, stderr };
}

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
    for (const f of files) results.push({ ...f, ...(await check(f.file)) });
    expect(results).toHaveLength(30);
    for (const r of results) {
      const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
      const where = `${r.kind} (${r.file})`;
      expect(r.code, where).not.toBe(0);
      expect(lines.length, where).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line, where).not.toMatch(/^\s+at\s|\bat .*:\d+:\d+\)?$|node:internal|Error:/);
        expect(/^(\S+?)(:\d+:\d+)?: \$/.exec(line)?.[1] === r.file || line.startsWith('wijzer: '), `${where}: ${line}`).toBe(
          true,
        );
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
