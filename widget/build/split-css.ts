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

/** Top-level selectors split at commas outside parentheses (`a:not(b,c), d` is two). */
function selectorList(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    if (selector[i] === '(') depth++;
    else if (selector[i] === ')') depth--;
    else if (selector[i] === ',' && depth === 0) {
      parts.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(selector.slice(start));
  return parts.map((p) => p.trim());
}

/** The CSS without the selectors `match` finds outside parentheses; a rule left with none is dropped. At-rule
 *  blocks (@media) are kept as they are. */
export function withoutSelectors(css: string, match: RegExp): string {
  return topLevelRules(css)
    .map((rule) => {
      const open = rule.indexOf('{');
      const selector = rule.slice(0, open);
      if (selector.trim().startsWith('@')) return rule;
      const kept = selectorList(selector).filter((s) => !match.test(s.replace(/\([^()]*(\([^()]*\))*[^()]*\)/g, '')));
      return kept.length === 0 ? '' : `${kept.join(',')}${rule.slice(open)}`;
    })
    .join('');
}
