// Which help point goes on top: the central one, else the one the rules name as its fallback, else none.
import { describe, expect, it } from 'vitest';
import { centralHelpPointId } from '../../widget/engine/central-help-point.ts';
import { centralHelpPoint, type OfferResult, type RulesFile } from '../../widget/engine/index.ts';
import { makeAnswers, ommen, outcomes } from '../support/ommen.ts';

const offer = (outcome: OfferResult['outcome']): OfferResult => ({ outcome, uncapped: outcome, amount: null, reasons: [] });
const file = (hulppunten: Partial<RulesFile['hulppunten'][number]>[]) => ({ hulppunten }) as unknown as RulesFile;

describe('centralHelpPointId', () => {
  const central = { id: 'centraal', central: true };
  const fallback = { id: 'elders', fallbackFor: 'centraal' };
  const other = { id: 'voedselbank' };

  it('is the central help point when it fits, whatever the fallback is', () => {
    for (const o of ['ja', 'misschien'] as const)
      expect(
        centralHelpPointId(file([other, fallback, central]), {
          centraal: offer(o),
          elders: offer('ja'),
          voedselbank: offer('ja'),
        }),
      ).toBe('centraal');
  });

  it('is the fallback when the central one is nee, and none when that is nee too', () => {
    expect(centralHelpPointId(file([central, fallback]), { centraal: offer('nee'), elders: offer('ja') })).toBe('elders');
    expect(centralHelpPointId(file([central, fallback]), { centraal: offer('nee'), elders: offer('misschien') })).toBe('elders');
    expect(centralHelpPointId(file([central, fallback]), { centraal: offer('nee'), elders: offer('nee') })).toBeNull();
  });

  it('never puts a help point on top that is no fallback, nor one without a central help point', () => {
    expect(centralHelpPointId(file([central, other]), { centraal: offer('nee'), voedselbank: offer('ja') })).toBeNull();
    expect(centralHelpPointId(file([other, fallback]), { voedselbank: offer('ja'), elders: offer('ja') })).toBeNull();
  });
});

describe('centralHelpPoint on the Ommen rules', () => {
  it('gives the help point itself, read from the rules file', async () => {
    const rules = ommen();
    const inOmmen = (await outcomes(makeAnswers())).result;
    expect(centralHelpPoint(rules.file, inOmmen)).toBe(rules.file.hulppunten.find((h) => h.central));
    const elsewhere = (await outcomes(makeAnswers({ woont_in_gemeente: false }))).result;
    const fallback = rules.file.hulppunten.find((h) => h.fallbackFor);
    expect(fallback?.fallbackFor).toBe(rules.file.hulppunten.find((h) => h.central)?.id);
    expect(centralHelpPoint(rules.file, elsewhere)).toBe(fallback);
  });
});
