// The dev server's rules plugin: an edit in the source folder re-bundles the published file; a folder that
// does not bundle is logged and leaves the file alone.
// @vitest-environment node
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledRules } from '../../widget/build/bundled-rules-plugin.ts';
import { bundleRules, splitRules } from '../../widget/cli/rules-source.ts';
import { readFolder, writeFolder } from '../../widget/cli/source-folder.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function devServer() {
  const root = mkdtempSync(join(tmpdir(), 'vw-plugin-'));
  made.push(root);
  const file = join(root, 'ommen.json');
  const dir = join(root, 'ommen');
  const published = readFileSync('rules/ommen.json', 'utf8');
  writeFileSync(file, published);
  writeFolder(dir, splitRules(published));
  const watcher = Object.assign(new EventEmitter(), { watched: [] as string[], add: (p: string) => watcher.watched.push(p) });
  const errors: string[] = [];
  const server = { watcher, config: { logger: { error: (m: string) => errors.push(m) } } };
  const plugin = bundledRules(file) as { configureServer(s: unknown): void };
  plugin.configureServer(server);
  return { file, dir, watcher, errors, published };
}

describe('bundled rules plugin in the dev server', () => {
  it('watches the source folder and re-bundles the file when a source file changes', () => {
    const { file, dir, watcher, errors } = devServer();
    expect(watcher.watched).toEqual([dir]);
    const meta = join(dir, 'gemeente.json');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace(/"version": "[^"]+"/, '"version": "2099.01.1"'));
    watcher.emit('change', meta);
    expect(errors).toEqual([]);
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe('2099.01.1');
    expect(readFileSync(file, 'utf8')).toBe(bundleRules(readFolder(dir)).text);
  });

  it('logs a folder that does not bundle and keeps the last good file', () => {
    const { file, dir, watcher, errors, published } = devServer();
    const meta = join(dir, 'gemeente.json');
    writeFileSync(meta, '{ kapot');
    watcher.emit('change', meta);
    expect(readFileSync(file, 'utf8')).toBe(published);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('gemeente.json');
  });

  it('ignores changes outside the folder', () => {
    const { file, watcher, errors, published } = devServer();
    writeFileSync(file, `${published} `);
    watcher.emit('change', file);
    expect(readFileSync(file, 'utf8')).toBe(`${published} `);
    expect(errors).toEqual([]);
  });
});
