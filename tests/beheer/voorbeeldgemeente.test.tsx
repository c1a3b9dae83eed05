// rules/voorbeeldgemeente.json: a second gemeente that runs on the same widget with only its own file.
// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRulesText, evaluate, parseRulesText } from '../../widget/engine/checker.ts';
import { derivedFacts } from '../../widget/engine/derived-facts.ts';
import { wijzer } from '../support/wijzer.ts';
import { renderApp } from '../ui/helpers.tsx';
import { OMMEN_TEXT, VOORBEELD_TEXT } from './support.ts';

afterEach(cleanup);

const rules = parseRulesText(VOORBEELD_TEXT).rules!;
const file = rules.file;

describe('rules/voorbeeldgemeente.json', () => {
  it('is clearly a fictional example', () => {
    expect(file.example).toBe(true);
    expect(file.gemeente.name).toBe('Voorbeeldgemeente');
    expect(file.gemeente.cbsCode).toBeUndefined();
  });

  it('is small: 3-4 regelingen, 2 hulppunten, Dutch and English, at least 8 example households', () => {
    expect(file.regelingen.length).toBeGreaterThanOrEqual(3);
    expect(file.regelingen.length).toBeLessThanOrEqual(4);
    expect(file.hulppunten).toHaveLength(2);
    expect(file.languages).toEqual(['nl', 'en']);
    expect(file.examples.length).toBeGreaterThanOrEqual(8);
  });

  it('passes the check with every example green', async () => {
    const report = await checkRulesText(VOORBEELD_TEXT, '2026-11-22');
    expect(report.errors).toEqual([]);
    expect(report.examples?.passed).toBe(file.examples.length);
  });

  it('passes `wijzer check` on the command line', async () => {
    const r = await wijzer('check', '--rules', 'rules/voorbeeldgemeente.json', '--today', '2026-11-22');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).ok).toBe(true);
  });

  it('uses the standard question ids that the derived facts need, with the standard types', () => {
    const ommen = parseRulesText(OMMEN_TEXT).rules!.file;
    const needed = new Set(Object.values(derivedFacts).flatMap((f) => f.needs));
    for (const q of file.questions) {
      expect(ommen.questions.find((o) => o.id === q.id)?.type, q.id).toBe(q.type);
    }
    for (const id of needed) expect(file.questions.map((q) => q.id)).toContain(id);
  });

  it('gives an income limit from the national norms (120 % for a single adult on 1 July 2026)', async () => {
    const answers = {
      woont_in_gemeente: true,
      leeftijd: 34,
      heeft_partner: false,
      leeftijden_kinderen: [],
      netto_inkomen: 1621.6,
      vermogen: 0,
      schulden: false,
    };
    const result = await evaluate(rules, answers, '2026-07-01');
    expect(result.regelingen.meedoenregeling?.outcome).toBe('nee');
    expect(result.regelingen.energietoeslag?.outcome).toBe('misschien');
  });

  it('runs in the unchanged widget, with its own name and the example notice', async () => {
    await renderApp({}, rules);
    await screen.findByRole('heading', { name: `Regelingencheck ${file.gemeente.name}` });
    screen.getByText('Dit is een voorbeeld. De regels en bedragen zijn niet echt.');
    expect(document.body.textContent).not.toContain(JSON.parse(OMMEN_TEXT).gemeente.name);
  });
});
