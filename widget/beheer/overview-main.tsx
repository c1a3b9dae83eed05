// Entry of demo/overzicht.html: the overview of a bundled rules file (?bestand=ommen|voorbeeldgemeente).
import { render } from 'preact';
import { parseRulesText, todayInAmsterdam } from '../engine/checker.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { BUNDLED_SOURCES, sourceFromQuery } from './bundled-sources.ts';
import { buildOverview } from './overview.ts';
import { dayWithinNorms } from './peildatum.ts';
import { OverviewPage } from './ui/overview-page.tsx';

async function start(root: HTMLElement) {
  const source = sourceFromQuery(location.search);
  const { rules, problems } = parseRulesText(await source.load());
  if (!rules) {
    render(<OverviewPage sources={BUNDLED_SOURCES} current={source.id} overview={null} problems={problems} />, root);
    return;
  }
  // The same i18next texts as the widget, so the sentences are the widget's sentences: both parts, since the
  // overview shows the reasons and results at once.
  const i18n = await createI18n('nl', { later: true });
  const today = todayInAmsterdam();
  const overview = await buildOverview(rules, dayWithinNorms(rules.file, today), 'nl', i18n.getFixedT('nl'), today);
  document.title = `Overzicht regelingen ${overview.gemeente}`;
  render(<OverviewPage sources={BUNDLED_SOURCES} current={source.id} overview={overview} problems={[]} />, root);
}

const root = document.getElementById('overzicht');
if (root) void start(root);
