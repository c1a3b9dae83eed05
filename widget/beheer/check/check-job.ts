// One check of the edited text, as the worker runs it: the same checker as `wijzer check`, then the new
// expectations for red example households, then the impact against the opened file. Each part is posted
// as soon as it is ready, so the problems show while the impact is still being computed.
import { type CheckReport, type CompiledRules, checkRulesText, parseRulesText } from '../../engine/checker.ts';
import { compareRules, type ImpactReport } from '../impact.ts';
import { type NewExpectation, newExpectations } from '../new-expectations.ts';
import { impactHouseholds } from './impact-households.ts';

export interface CheckRequest {
  id: number;
  text: string;
  /** The opened file's text: the impact compares with it. Null or equal to text: no impact. */
  published: string | null;
  today: string;
}

export type CheckStep = 'controle' | 'gevolgen';

export type CheckMessage =
  | { id: number; type: 'step'; step: CheckStep }
  | { id: number; type: 'checked'; report: CheckReport; expectations: NewExpectation[] }
  | { id: number; type: 'impact'; impact: ImpactReport | null }
  | { id: number; type: 'failed'; message: string };

/** The compiled opened file, kept while it stays the same: it is compiled once, not on every key stroke. */
let publishedCache: { text: string; rules: CompiledRules | null } | null = null;

function compiledPublished(text: string): CompiledRules | null {
  if (publishedCache?.text !== text) publishedCache = { text, rules: parseRulesText(text).rules };
  return publishedCache.rules;
}

export async function runCheckJob(req: CheckRequest, post: (m: CheckMessage) => void): Promise<void> {
  const { id, text, published, today } = req;
  try {
    post({ id, type: 'step', step: 'controle' });
    const report = await checkRulesText(text, today);
    const rules = report.examples ? parseRulesText(text).rules : null;
    const failing = report.examples?.failures.map((f) => f.index) ?? [];
    const expectations = rules && failing.length > 0 ? await newExpectations(rules, failing) : [];
    post({ id, type: 'checked', report, expectations });
    if (!rules || published === null || published === text) {
      post({ id, type: 'impact', impact: null });
      return;
    }
    post({ id, type: 'step', step: 'gevolgen' });
    const before = compiledPublished(published);
    if (!before) {
      post({ id, type: 'impact', impact: null });
      return;
    }
    const households = await impactHouseholds(before, rules, today);
    post({ id, type: 'impact', impact: await compareRules(before, rules, households) });
  } catch (e) {
    post({ id, type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
}
