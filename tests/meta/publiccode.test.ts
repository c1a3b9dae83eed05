// @vitest-environment node
// publiccode.yml is what catalogues of public software read (Developers Italia, the Dutch developer.overheid.nl):
// it must follow the standard, and it must list the languages the widget really has.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LANGUAGE_CODES } from '../../widget/i18n/languages.ts';
import schema from './publiccode.schema.json' with { type: 'json' };

const file = parse(readFileSync(new URL('../../publiccode.yml', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('publiccode.yml', () => {
  it('follows the publiccode.yml 0.4 standard', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const ok = validate(file);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('lists every language the widget offers, and no other', () => {
    expect([...file.localisation.availableLanguages].sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  it('names the version in package.json and the licence of LICENSE', () => {
    expect(file.softwareVersion).toBe(pkg.version);
    expect(file.legal.license).toBe(pkg.license);
  });
});
