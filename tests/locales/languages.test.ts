// Language detection (attribute, host page, Dutch; never stored), the text fallback chain, numbers per locale
// and what residents type in Arabic, and a CSS guard: logical properties only, so dir="rtl" mirrors the layout.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, waitFor, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import nlTexts from '../../locales/nl.json';
import { TAG } from '../../widget/element.ts';
import { hostLanguage, LANGUAGE_CODES, resolveLanguage, supportedLanguage } from '../../widget/i18n/languages.ts';
import { parseAttributes } from '../../widget/options.ts';
import { formatEuro, formatNumber } from '../../widget/text/format.ts';
import { offerTexts } from '../../widget/text/offer-texts.ts';
import { parseInteger, parseMoney } from '../../widget/text/parse-money.ts';
import { pickTexts } from '../../widget/text/pick-text.ts';

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
});

describe('supportedLanguage / resolveLanguage', () => {
  it('drops region subtags and case, and refuses languages the widget does not have', () => {
    expect(supportedLanguage('ar-SY')).toBe('ar');
    expect(supportedLanguage(' UK-ua ')).toBe('uk');
    expect(supportedLanguage('ti_ER')).toBe('ti');
    expect(supportedLanguage('de')).toBeNull();
    expect(supportedLanguage('')).toBeNull();
    expect(supportedLanguage(null)).toBeNull();
    expect(supportedLanguage('constructor')).toBeNull();
  });

  it('takes the first candidate it has, else Dutch', () => {
    expect(resolveLanguage('tr', 'en')).toBe('tr');
    expect(resolveLanguage(null, 'pl-PL')).toBe('pl');
    expect(resolveLanguage('de', 'en')).toBe('en');
    expect(resolveLanguage('de', 'fr')).toBe('nl');
    expect(resolveLanguage()).toBe('nl');
  });

  it('parseAttributes accepts every widget language and maps anything else to nl', () => {
    for (const l of LANGUAGE_CODES) expect(parseAttributes((n) => (n === 'lang' ? l : null)).lang).toBe(l);
    expect(parseAttributes((n) => (n === 'lang' ? 'ar-MA' : null)).lang).toBe('ar');
    expect(parseAttributes((n) => (n === 'lang' ? 'xx' : null)).lang).toBe('nl');
  });
});

describe('hostLanguage', () => {
  it('reads the closest ancestor with lang, then <html lang>, skipping empty values', () => {
    document.documentElement.setAttribute('lang', 'pl');
    const outer = document.body.appendChild(document.createElement('div'));
    outer.setAttribute('lang', 'uk-UA');
    const inner = outer.appendChild(document.createElement('section'));
    inner.setAttribute('lang', '');
    const el = inner.appendChild(document.createElement('span'));
    expect(hostLanguage(el)).toBe('uk-UA');
    outer.removeAttribute('lang');
    expect(hostLanguage(el)).toBe('pl');
    document.documentElement.removeAttribute('lang');
    expect(hostLanguage(el)).toBeNull();
  });
});

describe('<voorzieningen-wijzer> language', () => {
  const place = (attributes: Record<string, string>, parent: HTMLElement = document.body) => {
    const el = document.createElement(TAG);
    for (const [n, v] of Object.entries(attributes)) el.setAttribute(n, v);
    parent.appendChild(el);
    return el;
  };
  /** The language (or direction) the widget's content is read in: the nearest lang or dir around its first heading. */
  const shown = (el: HTMLElement, name: 'lang' | 'dir') =>
    within(el.shadowRoot as unknown as HTMLElement)
      .queryAllByRole('heading')[0]
      ?.closest(`[${name}]`)
      ?.getAttribute(name);

  it('takes the host page language when the element has no lang attribute', async () => {
    document.documentElement.setAttribute('lang', 'ar-SY');
    const el = place({ date: '2026-06-01' });
    await within(el.shadowRoot as unknown as HTMLElement).findByRole('button', { name: 'ابدأ' });
    expect(shown(el, 'lang')).toBe('ar');
    expect(shown(el, 'dir')).toBe('rtl');
  });

  it('prefers its own lang attribute, then the page, then Dutch; a language it lacks counts as none', async () => {
    document.documentElement.setAttribute('lang', 'tr');
    const a = place({ date: '2026-06-01', lang: 'uk' });
    const b = place({ date: '2026-06-01', lang: 'de' });
    document.documentElement.setAttribute('lang', 'fr');
    const c = place({ date: '2026-06-01' });
    await waitFor(() => expect(shown(a, 'lang')).toBe('uk'));
    await waitFor(() => expect(shown(b, 'lang')).toBe('tr'));
    await waitFor(() => expect(shown(c, 'lang')).toBe('nl'));
    expect(shown(a, 'dir')).toBe('ltr');
  });

  it('shows the "Dutch decides" notice in every translation and not in Dutch; never stores the choice', async () => {
    const nl = place({ date: '2026-06-01', lang: 'nl' });
    const ti = place({ date: '2026-06-01', lang: 'ti' });
    await within(ti.shadowRoot as unknown as HTMLElement).findByText('እዚ ትርጉም እዩ። ጥርጣረ እንተሎ፡ እቲ ብሆላንድኛ ዘሎ ጽሑፍ እዩ ዝሰርሕ።');
    await within(nl.shadowRoot as unknown as HTMLElement).findByRole('button', { name: 'Beginnen' });
    expect(within(nl.shadowRoot as unknown as HTMLElement).queryByText(nlTexts.language.notice)).toBeNull();
    expect(nlTexts.language.notice).not.toBe('');
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });

  it('lists every language in its own name in the switch, marked with its language', async () => {
    const el = place({ date: '2026-06-01', lang: 'en' });
    const nav = await within(el.shadowRoot as unknown as HTMLElement).findByRole('navigation', { name: 'Language' });
    fireEvent.click(within(nav).getByRole('button', { expanded: false }));
    const buttons = within(within(nav).getByRole('list')).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Nederlands',
      'English',
      'العربية',
      'Українська',
      'Polski',
      'Türkçe',
      'ትግርኛ',
    ]);
    expect(buttons.map((b) => b.getAttribute('lang'))).toEqual(LANGUAGE_CODES);
    expect(buttons[2]?.getAttribute('dir')).toBe('rtl');
  });
});

describe('texts a rules file lacks: lang → en → nl', () => {
  it('pickTexts walks the chain and says which language it used', () => {
    expect(pickTexts({ nl: 'a', en: 'b', ar: 'c' }, 'ar')).toEqual({ value: 'c', lang: 'ar' });
    expect(pickTexts({ nl: 'a', en: 'b' }, 'ar')).toEqual({ value: 'b', lang: 'en' });
    expect(pickTexts({ nl: 'a' }, 'uk')).toEqual({ value: 'a', lang: 'nl' });
    expect(pickTexts({ nl: 'a', en: 'b' }, 'nl')).toEqual({ value: 'a', lang: 'nl' });
  });

  it('offerTexts keeps the official Dutch name next to a translated title', () => {
    const offer = {
      officialName: 'Participatiefonds',
      texts: { nl: { title: 'Geld om mee te doen', summary: 's' }, ar: { title: 'مال للمشاركة', summary: 's' } },
    };
    expect(offerTexts(offer, 'ar')).toMatchObject({ title: 'مال للمشاركة', lang: 'ar' });
    expect(offerTexts(offer, 'tr')).toMatchObject({ title: 'Geld om mee te doen', lang: 'nl' });
  });
});

describe('numbers per language (Intl)', () => {
  it('formats money with the widget language; Arabic with Western digits', () => {
    expect(formatEuro(1486.46, 'nl')).toMatch(/1\.486,46/);
    expect(formatEuro(1486.46, 'ar')).toMatch(/1,486\.46/);
    expect(formatEuro(1486.46, 'ar')).not.toMatch(/[٠-٩]/);
    expect(formatEuro(1486.46, 'uk')).toMatch(/1\s486,46/);
    expect(formatEuro(1486.46, 'pl')).toMatch(/1\s?486,46/);
    expect(formatEuro(1486.46, 'tr')).toMatch(/1\.486,46/);
    expect(formatNumber(1250.5, 'ar')).toBe('1,250.5');
  });

  it('reads what residents type: Arabic-Indic digits and separators, local notations', () => {
    expect(parseMoney('١٤٠٠', 'ar')).toEqual({ ok: true, value: 1400 });
    expect(parseMoney('١٬٤٨٦٫٤٦', 'ar')).toEqual({ ok: true, value: 1486.46 });
    expect(parseMoney('۱۲۵۰٫۵۰', 'ar')).toEqual({ ok: true, value: 1250.5 });
    expect(parseMoney('1,486.46', 'ar')).toEqual({ ok: true, value: 1486.46 });
    expect(parseMoney('1,486', 'ar')).toEqual({ ok: true, value: 1486 });
    expect(parseMoney(formatEuro(1486.46, 'ar'), 'ar')).toEqual({ ok: true, value: 1486.46 });
    expect(parseMoney('1 486,46', 'uk')).toEqual({ ok: true, value: 1486.46 });
    expect(parseMoney('1486,46', 'pl')).toEqual({ ok: true, value: 1486.46 });
    expect(parseMoney('1.250,50', 'tr')).toEqual({ ok: true, value: 1250.5 });
    expect(parseMoney('1250.50', 'ti')).toEqual({ ok: true, value: 1250.5 });
    expect(parseInteger('٣٤')).toEqual({ ok: true, value: 34 });
  });
});

describe('widget CSS', () => {
  const dir = join(process.cwd(), 'widget/styles');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.css')))('%s uses logical properties only (RTL mirrors)', (name) => {
    const css = readFileSync(join(dir, name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const physical =
      /(^|[\s;{])(margin|padding|border)-(left|right)\b|(^|[\s;{])(left|right)\s*:|text-align\s*:\s*(left|right)|float\s*:\s*(left|right)|clear\s*:\s*(left|right)|border-(top|bottom)-(left|right)-radius/gm;
    expect(css.match(physical) ?? []).toEqual([]);
  });
});
