// Money is computed in cents (docs/regels-ommen.md §2: never compare raw floats). Answers may carry sub-cent input
// (1486.4601 must stay above 1486.46), so cents keep four decimals; limits are whole cents.

/** Euro to cents, exact to 1/10 000 cent: kills binary float noise (1486.46 * 100 = 148645.99999999997). */
export function toCents(euro: number): number {
  return Math.round(euro * 1e6) / 1e4;
}

/** Cents to euro for output; rounded to whole cents only when the input was whole cents. */
export function toEuro(cents: number): number {
  return Math.round(cents * 1e4) / 1e6;
}

/** Round a non-negative rational numerator/denominator to whole cents, half up, in integer arithmetic. */
export function roundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** True when an euro amount from a rules file has at most two decimals. */
export function isWholeCents(euro: number): boolean {
  return Math.abs(euro * 100 - Math.round(euro * 100)) < 1e-6;
}
