// The one link format (wijkteam hand-off and "Bewaar uw uitkomst"): round trip, binding to the gemeente and the
// rules content, every refusal without echoing the link, the size cap, the checksum's limits, and a host page's
// toJSON that must not change the payload.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRulesText } from '../../widget/engine/checker.ts';
import type { Answers, RulesFile } from '../../widget/engine/types.ts';
import { canonicalJson } from '../../widget/links/canonical-json.ts';
import { fnv1a } from '../../widget/links/fnv1a.ts';
import { MAX_FRAGMENT } from '../../widget/links/fragment.ts';
import { decodeHandoff, encodeHandoff, handoffUrl } from '../../widget/links/handoff-link.ts';
import { resultCode } from '../../widget/links/result-code.ts';
import { rulesBinding, rulesHash } from '../../widget/links/rules-binding.ts';
import { MAX_CHILDREN } from '../../widget/shared/answer-limits.ts';
import { splitTexts } from '../../widget/text/localized-parts.ts';
import { household3, ommen, ommenText } from '../support/ommen.ts';

const DATE = '2026-07-01';
const file = () => ommen().file;
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const fields = (payload: string) => JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown[];
/** A payload with the checksum recomputed, as anyone with the widget's source can do. */
const reChecksummed = (parts: unknown[]) => base64url(canonicalJson([...parts, fnv1a(canonicalJson(parts))]));
/** A rules file parsed from edited JSON text: a fresh object, as when a host serves another file. */
function editedRules(edit: (json: Record<string, unknown>) => void): RulesFile {
  const json = JSON.parse(ommenText) as Record<string, unknown>;
  edit(json);
  const { rules, problems } = parseRulesText(JSON.stringify(json));
  if (!rules) throw new Error(JSON.stringify(problems));
  return rules.file;
}
const voorbeeld = () => {
  const { rules } = parseRulesText(readFileSync(resolve(process.cwd(), 'rules/voorbeeldgemeente.json'), 'utf8'));
  return (rules as NonNullable<typeof rules>).file;
};

describe('link round trip', () => {
  it('carries the answers and the peildatum through #vw= and back', () => {
    const payload = encodeHandoff(file(), DATE, household3);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    const url = handoffUrl('https://www.ommen.nl/regelingen?x=1#old', payload);
    expect(url).toBe(`https://www.ommen.nl/regelingen?x=1#vw=${payload}`);
    expect(decodeHandoff(file(), payload)).toEqual({ ok: true, date: DATE, answers: household3 });
  });

  it('keeps "weet ik niet" (null) and sorts children, so the same household gives the same link', () => {
    const a = encodeHandoff(file(), DATE, { leeftijden_kinderen: [13, 3], netto_inkomen: null });
    const b = encodeHandoff(file(), DATE, { netto_inkomen: null, leeftijden_kinderen: [3, 13], student: undefined });
    expect(a).toBe(b);
    expect(decodeHandoff(file(), a)).toEqual({
      ok: true,
      date: DATE,
      answers: { leeftijden_kinderen: [3, 13], netto_inkomen: null },
    });
  });
});

describe('binding to the gemeente and the rules content', () => {
  it('an Ommen link is refused by the voorbeeldgemeente, although both files have the same version', () => {
    expect(voorbeeld().version).toBe(file().version);
    const payload = encodeHandoff(file(), DATE, { leeftijd: 40 });
    expect(decodeHandoff(voorbeeld(), payload)).toEqual({ ok: false, reason: 'gemeente' });
  });

  it('binds to the CBS code, and to the name where a file has none', () => {
    expect(rulesBinding(file()).gemeente).toBe(file().gemeente.cbsCode);
    expect(rulesBinding(voorbeeld()).gemeente).toBe('Voorbeeldgemeente');
  });

  it('refuses a link when a limit changed under the same version, and when the version changed', () => {
    const payload = encodeHandoff(file(), DATE, household3);
    const otherLimit = editedRules((json) => {
      const periods = (json.norms as { periods: { vermogensgrenzen: { alleenstaande: number } }[] }).periods;
      (periods[0] as { vermogensgrenzen: { alleenstaande: number } }).vermogensgrenzen.alleenstaande += 1;
    });
    expect(otherLimit.version).toBe(file().version);
    expect(rulesHash(otherLimit)).not.toBe(rulesHash(file()));
    expect(decodeHandoff(otherLimit, payload)).toEqual({ ok: false, reason: 'rules' });
    const otherVersion = editedRules((json) => {
      json.version = '2027.1.0';
    });
    expect(decodeHandoff(otherVersion, payload)).toEqual({ ok: false, reason: 'rules' });
  });

  it('hashes the rules content, not its texts, key order or example households', () => {
    const full = file();
    const { core } = splitTexts(full, 'nl', 'en');
    const bundled = { ...(core as RulesFile), examples: [] };
    expect(rulesHash(bundled)).toBe(rulesHash(full));
    const reordered = JSON.parse(JSON.stringify(full, Object.keys(full).reverse())) as RulesFile;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(full)[0]);
    expect(rulesHash({ ...full })).toBe(rulesHash(full));
    const retitled = editedRules((json) => {
      const first = (json.regelingen as { texts: { nl: { title: string } } }[])[0] as { texts: { nl: { title: string } } };
      first.texts.nl.title = 'Een andere titel';
    });
    expect(rulesHash(retitled)).toBe(rulesHash(full));
    expect(rulesHash(full)).toMatch(/^[0-9A-F]{8}$/);
  });

  it('the result code changes with the gemeente, the rules content, the peildatum and any answer', () => {
    const code = resultCode(file(), DATE, { netto_inkomen: 1300 });
    expect(resultCode(file(), DATE, { netto_inkomen: 1300.01 })).not.toBe(code);
    expect(resultCode(file(), '2026-06-30', { netto_inkomen: 1300 })).not.toBe(code);
    expect(resultCode(voorbeeld(), DATE, { netto_inkomen: 1300 })).not.toBe(code);
    const otherLimit = editedRules((json) => {
      (json.norms as { validUntil: string }).validUntil = '2027-06-30';
    });
    expect(resultCode(otherLimit, DATE, { netto_inkomen: 1300 })).not.toBe(code);
  });
});

describe('refusals', () => {
  it('refuses every single changed character, at every position', () => {
    const payload = encodeHandoff(file(), DATE, household3);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < payload.length; i++) {
      const other = alphabet[(alphabet.indexOf(payload[i] as string) + 1) % alphabet.length] as string;
      const changed = payload.slice(0, i) + other + payload.slice(i + 1);
      expect(decodeHandoff(file(), changed), `position ${i}`).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(decodeHandoff(file(), payload.slice(0, -5))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('accepts an edited answer with a recomputed checksum: the checksum catches accidents, not forgery', () => {
    const parts = fields(encodeHandoff(file(), DATE, household3)).slice(0, 6);
    const answers = { ...(parts[5] as Answers), netto_inkomen: 900 };
    const forged = reChecksummed([...parts.slice(0, 5), answers]);
    expect(decodeHandoff(file(), forged)).toEqual({ ok: true, date: DATE, answers });
  });

  it('refuses answers that do not fit their question, even with a correct checksum', () => {
    const parts = fields(encodeHandoff(file(), DATE, household3)).slice(0, 5);
    for (const answers of [
      { onbekend: true },
      { woonsituatie: 'kasteel' },
      { leeftijden_kinderen: [3, 40] },
      { leeftijd: '29' },
      [],
    ])
      expect(decodeHandoff(file(), reChecksummed([...parts, answers])), JSON.stringify(answers)).toEqual({
        ok: false,
        reason: 'invalid',
      });
  });

  it('takes as many children as the ages question offers, and refuses one more', () => {
    const parts = fields(encodeHandoff(file(), DATE, household3)).slice(0, 5);
    const ages = (n: number) => ({ leeftijden_kinderen: Array.from({ length: n }, () => 4) });
    expect(decodeHandoff(file(), reChecksummed([...parts, ages(MAX_CHILDREN)]))).toEqual({
      ok: true,
      date: DATE,
      answers: ages(MAX_CHILDREN),
    });
    expect(decodeHandoff(file(), reChecksummed([...parts, ages(MAX_CHILDREN + 1)]))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses an impossible peildatum or one before the rules, with a recomputed checksum', () => {
    const parts = fields(encodeHandoff(file(), DATE, household3));
    for (const date of ['2026-02-30', '1999-01-01', '2026-13-01', '20260701', 20260701])
      expect(decodeHandoff(file(), reChecksummed([...parts.slice(0, 4), date, parts[5]])), String(date)).toEqual({
        ok: false,
        reason: 'date',
      });
  });

  it('refuses a payload over the cap before decoding it', () => {
    const atob = vi.spyOn(globalThis, 'atob');
    expect(decodeHandoff(file(), 'A'.repeat(MAX_FRAGMENT + 1))).toEqual({ ok: false, reason: 'tooBig' });
    expect(atob).not.toHaveBeenCalled();
    atob.mockRestore();
  });

  it('refuses an old format, junk and other JSON, and never returns anything the link said', () => {
    const parts = fields(encodeHandoff(file(), DATE, household3));
    for (const payload of [
      reChecksummed([1, ...parts.slice(1, 6)]),
      base64url(JSON.stringify([1, '2026.11.1', DATE, {}, 'X'])),
      'bm90IGpzb24',
      '',
      '!!!',
      '%20x',
      base64url('{"a":1}'),
    ])
      expect(decodeHandoff(file(), payload), payload).toEqual({ ok: false, reason: 'invalid' });
    const otherVersion = reChecksummed([parts[0], parts[1], parts[2], '<b>2020.1</b>', DATE, parts[5]]);
    expect(JSON.stringify(decodeHandoff(file(), otherVersion))).not.toContain('2020');
  });
});

describe('a host page with Prototype.js-style toJSON', () => {
  const arrayToJson = Object.getOwnPropertyDescriptor(Array.prototype, 'toJSON');
  afterEach(() => {
    // biome-ignore lint/suspicious/noExplicitAny: removing what the test put on the prototypes
    delete (Array.prototype as any).toJSON;
    // biome-ignore lint/suspicious/noExplicitAny: as above
    delete (Object.prototype as any).toJSON;
    if (arrayToJson) Object.defineProperty(Array.prototype, 'toJSON', arrayToJson);
  });

  it('makes the same payload and result code, and the link still opens', () => {
    const clean = encodeHandoff(file(), DATE, household3);
    const code = resultCode(file(), DATE, household3);
    const hash = rulesHash(structuredClone(file()));
    // Prototype.js 1.6: arrays serialise themselves to a JSON *string*, so JSON.stringify double-encodes them.
    Object.defineProperty(Array.prototype, 'toJSON', {
      configurable: true,
      writable: true,
      value(this: unknown[]) {
        return `[${this.map((v) => JSON.stringify(v)).join(', ')}]`;
      },
    });
    expect(JSON.stringify({ a: [1] })).toBe('{"a":"[1]"}');
    expect(encodeHandoff(file(), DATE, household3)).toBe(clean);
    expect(resultCode(file(), DATE, household3)).toBe(code);
    expect(decodeHandoff(file(), clean)).toEqual({ ok: true, date: DATE, answers: household3 });
    expect(rulesHash(structuredClone(file()))).toBe(hash);
    Object.defineProperty(Object.prototype, 'toJSON', {
      configurable: true,
      writable: true,
      value() {
        return 'object';
      },
    });
    expect(encodeHandoff(file(), DATE, household3)).toBe(clean);
    expect(decodeHandoff(file(), clean)).toEqual({ ok: true, date: DATE, answers: household3 });
  });
});
