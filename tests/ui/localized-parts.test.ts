// The bundled rules ship Dutch only; every other language is a patch. Together they must be the file again.
import { describe, expect, it } from 'vitest';
import { applyTexts, splitTexts } from '../../widget/text/localized-parts.ts';
import { ommenText } from '../support/ommen.ts';

const original = () => ({ ...JSON.parse(ommenText), examples: [] });

describe('rules texts split per language', () => {
  it('the Dutch core has no other language left', () => {
    const { core } = splitTexts(original(), 'nl', 'nl');
    const texts = (core as { regelingen: { texts: Record<string, unknown> }[] }).regelingen.map((r) => Object.keys(r.texts));
    expect(new Set(texts.flat())).toEqual(new Set(['nl']));
    expect(JSON.stringify(core)).not.toContain('"ar":');
  });

  it('the core plus every language patch is the original file', () => {
    const file = original();
    const { core } = splitTexts(file, 'nl', 'nl');
    for (const lang of file.languages.filter((l: string) => l !== 'nl'))
      applyTexts(core, lang, splitTexts(file, 'nl', lang).patch);
    expect(core).toEqual(file);
  });

  it('leaves the rules themselves alone: only localized maps change', () => {
    const file = original();
    const { core } = splitTexts(file, 'nl', 'nl') as { core: typeof file };
    expect(core.regelingen.map((r: { conditions: unknown }) => r.conditions)).toEqual(
      file.regelingen.map((r: { conditions: unknown }) => r.conditions),
    );
    expect(core.norms).toEqual(file.norms);
  });
});
