// Splits a CSS text into its top-level rules (an @media block counts as one) and sorts them into parts by their
// selector text, keeping the order within each part. Used on the Utrecht button CSS (first-screen-plugin.ts).
export function topLevelRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      rules.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return rules;
}

/** The rules whose selector (the text before the first "{") `test` accepts. */
export function rulesWhere(css: string, test: (selector: string) => boolean): string {
  return topLevelRules(css)
    .filter((rule) => test(rule.slice(0, rule.indexOf('{'))))
    .join('');
}
