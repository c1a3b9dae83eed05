// The build's CSS pruning (widget/build/split-css.ts): the entry's button sheet keeps every selector the widget
// can match and drops only Utrecht's documentation state classes.
import { describe, expect, it } from 'vitest';
import { rulesWhere, topLevelRules, withoutSelectors } from '../../widget/build/split-css.ts';

const STATE = /\.b--(hover|disabled)\b/;

describe('withoutSelectors', () => {
  it('drops a state-class selector from a list and keeps the pseudo-class one', () => {
    expect(withoutSelectors('.b--hover,.b:hover{color:red}', STATE)).toBe('.b:hover{color:red}');
  });

  it('keeps a state class inside :not(…), where it only narrows a real selector', () => {
    const css = '.b:hover:not(:disabled,.b--disabled){color:red}';
    expect(withoutSelectors(css, STATE)).toBe(css);
  });

  it('drops a rule left with no selector, keeps @media blocks whole and the order of the rest', () => {
    const css = '.a{x:1}.b--disabled{x:2}@media (forced-colors:active){.b--hover{x:3}}.c{x:4}';
    expect(withoutSelectors(css, STATE)).toBe('.a{x:1}@media (forced-colors:active){.b--hover{x:3}}.c{x:4}');
  });

  it('does not split at commas inside parentheses', () => {
    expect(withoutSelectors('.x:is(.y,.b--hover),.b--hover{x:1}', STATE)).toBe('.x:is(.y,.b--hover){x:1}');
  });
});

describe('rulesWhere', () => {
  it('picks rules by their selector text, in order', () => {
    expect(topLevelRules('.a{x:1}.b{y:2}')).toEqual(['.a{x:1}', '.b{y:2}']);
    expect(rulesWhere('.a{x:1}.b{y:2}.a2{z:3}', (s) => s.startsWith('.a'))).toBe('.a{x:1}.a2{z:3}');
  });
});
