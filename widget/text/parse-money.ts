// Reads an amount as residents type it: "1.486,46", "1486,46", "1486.46", "€ 1.400", "1400,-".
// Dutch notation first (a dot followed by exactly three digits is a thousands separator).

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' };

const THOUSANDS_DOT = /^\d{1,3}(\.\d{3})+$/;

/** Languages whose residents write "1,486.46" (comma groups thousands); see format.ts for Arabic. */
const COMMA_GROUPS = new Set(['en', 'ar']);

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to 0-9; the Arabic decimal (٫) and group (٬) marks to . and ,. */
export function westernDigits(input: string): string {
  return input
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',')
    .replace(/[\u200e\u200f\u061c]/g, '');
}
const THOUSANDS_COMMA = /^\d{1,3}(,\d{3})+$/;

/** Euro amount with at most 2 decimals, or why not. `lang` decides what "1,486" means. */
export function parseMoney(input: string, lang = 'nl'): ParsedNumber {
  let s = westernDigits(input)
    .replace(/\s|\u00a0/g, '')
    .replace(/^(€|eur(o)?)/i, '')
    .replace(/(€|eur(o)?)$/i, '');
  s = s.replace(/[,.]-$/, '');
  if (s === '') return { ok: false, reason: 'empty' };
  if (!/^\d[\d.,]*$/.test(s)) return { ok: false, reason: 'invalid' };
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the later one is the decimal mark, the other groups thousands.
    const [group, decimal] = lastComma > lastDot ? ['.', ','] : [',', '.'];
    const [intPart, ...rest] = s.split(decimal);
    if (rest.length !== 1 || !new RegExp(`^\\d{1,3}(\\${group}\\d{3})*$`).test(intPart ?? '')) {
      return { ok: false, reason: 'invalid' };
    }
    normal = `${(intPart ?? '').split(group).join('')}.${rest[0]}`;
  } else if (lastDot >= 0) {
    normal = THOUSANDS_DOT.test(s) ? s.split('.').join('') : s;
  } else if (lastComma >= 0) {
    normal = COMMA_GROUPS.has(lang) && THOUSANDS_COMMA.test(s) ? s.split(',').join('') : s.replace(',', '.');
  } else {
    normal = s;
  }
  if (!/^\d+(\.\d{1,2})?$/.test(normal)) return { ok: false, reason: 'invalid' };
  return { ok: true, value: Math.round(Number(normal) * 100) / 100 };
}

/** A whole number (ages, counts): digits only, spaces ignored. */
export function parseInteger(input: string): ParsedNumber {
  const s = westernDigits(input).replace(/\s|\u00a0/g, '');
  if (s === '') return { ok: false, reason: 'empty' };
  if (!/^\d+$/.test(s)) return { ok: false, reason: 'invalid' };
  return { ok: true, value: Number(s) };
}
