// Reading and writing a rules source folder (rules/ommen/) as relative path -> text, for rules-source.ts.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { SourceFiles } from './rules-source.ts';

/** Every .json file under `dir`, keyed by its path relative to `dir` with forward slashes. */
export function readFolder(dir: string): SourceFiles {
  const files: SourceFiles = new Map();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) files.set(relative(dir, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

/** Writes every file under `dir`, creating folders. Files already there that `files` does not name stay. */
export function writeFolder(dir: string, files: SourceFiles): void {
  for (const [name, text] of files) {
    const path = join(dir, ...name.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}
