// The printable rules overview: a summary table of the regelingen (one A4 page), then one section per
// regeling and hulppunt. Text only; the data comes from overview.ts, so the sentences are the widget's own
// reason sentences and every amount is a limit the engine used for the named household.
import type { Overview, OverviewNode, OverviewOffer } from '../overview.ts';

const STATUS_TEXT = { actief: 'Actief', 'te-controleren': 'Te controleren: de wijzer geeft hoogstens "misschien"' } as const;
// Soft hyphens: the summary's narrow print columns may break these words, nowhere else.
const STATUS_SHORT = { actief: 'Actief', 'te-controleren': 'Te contro\u00adleren' } as const;
// A help point keeps its outcome when te-controleren; only its contact details are being checked.
const statusText = (offer: OverviewOffer) =>
  offer.status === 'te-controleren' && offer.group === 'hulppunten'
    ? 'Te controleren: de uitkomst blijft, de contactgegevens worden nagekeken'
    : STATUS_TEXT[offer.status];

function Conditions({ node, top }: { node: OverviewNode; top?: boolean }) {
  if (node.kind === 'condition') {
    return (
      <>
        {node.sentence}
        {node.limits.length > 0 && (
          <ul class="ov-limits" data-leaf={node.leaf}>
            {node.limits.map((l) => (
              <li key={l.household} data-household={l.household}>
                Voor {l.name}: <span class="ov-amount">{l.text}</span>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }
  if (node.children.length === 0) return <p>Geen voorwaarden: voor iedereen.</p>;
  const intro = node.kind === 'all' ? (top ? 'Dit moet allemaal kloppen:' : 'Allemaal:') : 'Minstens één hiervan moet kloppen:';
  return (
    <>
      <p class="ov-intro">{intro}</p>
      <ul class="ov-conditions">
        {node.children.map((c, i) => (
          <li key={i}>
            <Conditions node={c} />
          </li>
        ))}
      </ul>
    </>
  );
}

function OfferSection({ offer, level }: { offer: OverviewOffer; level: 2 | 3 }) {
  const H = `h${level}` as 'h2';
  const Sub = `h${level + 1}` as 'h3';
  return (
    <section class="ov-offer" aria-labelledby={`ov-${offer.id}`}>
      <H id={`ov-${offer.id}`}>{offer.officialName}</H>
      {offer.title !== offer.officialName && <p class="ov-title">In de wijzer: {offer.title}</p>}
      <p>{offer.summary}</p>
      <dl class="ov-facts">
        <dt>Status</dt>
        <dd>{statusText(offer)}</dd>
        {offer.organisations && (
          <>
            <dt>Wie beslist</dt>
            <dd>{offer.organisations}</dd>
          </>
        )}
        {offer.amount && (
          <>
            <dt>Bedrag</dt>
            <dd>{offer.amount}</dd>
          </>
        )}
        {offer.yearly && (
          <>
            <dt>Aanvragen</dt>
            <dd>Elk jaar opnieuw</dd>
          </>
        )}
        {offer.validUntil && (
          <>
            <dt>Geldt tot</dt>
            <dd>{offer.validUntil}</dd>
          </>
        )}
        <dt>Laatst gecontroleerd</dt>
        <dd>{offer.lastChecked}</dd>
      </dl>
      <Sub>Voorwaarden</Sub>
      <Conditions node={offer.conditions} top />
      <Sub>Bronnen</Sub>
      <ul class="ov-sources">
        {offer.sources.map((s) => (
          <li key={s.url}>
            <a href={s.url}>{s.title ?? s.url}</a>, gecontroleerd op {s.checked}
          </li>
        ))}
      </ul>
      {offer.warnings.length > 0 && (
        <>
          <Sub>Let op</Sub>
          <ul class="ov-warnings">
            {offer.warnings.map((w) => (
              <li key={w.path}>{w.message}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** One row group per regeling: its name, who it is for, a row per money limit with a cell per household type. */
function SummaryRows({ offer, households }: { offer: OverviewOffer; households: Overview['households'] }) {
  const span = Math.max(1, offer.limits.length);
  const shared = (
    <>
      <th scope="rowgroup" rowSpan={span} class="ov-summary__name">
        {offer.title}
        {offer.title !== offer.officialName && <span class="ov-summary__official"> ({offer.officialName})</span>}
      </th>
      <td rowSpan={span}>{offer.who.join(' ')}</td>
    </>
  );
  const tail = (
    <>
      <td rowSpan={span}>{offer.amount ?? '-'}</td>
      <td rowSpan={span}>{STATUS_SHORT[offer.status]}</td>
      <td rowSpan={span} class="ov-amount">
        {offer.lastChecked}
      </td>
    </>
  );
  if (offer.limits.length === 0) {
    return (
      <tbody data-regeling={offer.id}>
        <tr>
          {shared}
          <td colSpan={households.length + 1} class="ov-summary__none">
            Geen grens voor inkomen of vermogen.
          </td>
          {tail}
        </tr>
      </tbody>
    );
  }
  return (
    <tbody data-regeling={offer.id}>
      {offer.limits.map((limit, i) => (
        <tr key={limit.leaf} data-leaf={limit.leaf}>
          {i === 0 && shared}
          <th scope="row" class="ov-summary__label">
            {limit.label}
          </th>
          {limit.cells.map((cell, h) => (
            <td key={households[h]?.id} data-household={households[h]?.id} class="ov-amount">
              {cell ? (
                cell.text
              ) : (
                <abbr title="niet van toepassing: dit huishouden komt hiervoor niet in aanmerking">n.v.t.</abbr>
              )}
            </td>
          ))}
          {i === 0 && tail}
        </tr>
      ))}
    </tbody>
  );
}

function Summary({ overview, regelingen, level }: { overview: Overview; regelingen: OverviewOffer[]; level: 2 | 3 }) {
  const H = `h${level}` as 'h2';
  return (
    <section class="ov-summary" aria-labelledby="ov-samenvatting">
      <H id="ov-samenvatting">Samenvatting: de regelingen op één pagina</H>
      <p class="ov-summary__intro">
        Versie {overview.version}. Grenzen op {overview.date}, door de wijzer zelf berekend voor elk huishouden in de kolommen.
        Inkomen: netto, zonder vakantiegeld en toeslagen. ≤: hoogstens. &lt;: lager dan. Alle grenzen van een regeling moeten
        kloppen. n.v.t.: komt niet in aanmerking. Daarna: de details en de hulppunten.
      </p>
      {/* Wider than a phone: the table scrolls in its own box, focusable so a keyboard can scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to scroll by keyboard */}
      <section class="ov-summary__scroll" tabIndex={0} aria-labelledby="ov-summary-caption">
        <table class="ov-summary__table">
          <caption id="ov-summary-caption" class="ov-visually-hidden">
            Samenvatting van de regelingen van {overview.gemeente}
          </caption>
          <colgroup>
            <col class="ov-col--name" />
            <col class="ov-col--who" />
            <col class="ov-col--label" />
            {overview.households.map((h) => (
              <col key={h.id} class="ov-col--household" />
            ))}
            <col class="ov-col--amount" />
            <col class="ov-col--status" />
            <col class="ov-col--date" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Regeling</th>
              <th scope="col">Voor wie</th>
              <th scope="col">Grens</th>
              {overview.households.map((h) => (
                <th key={h.id} scope="col" data-household={h.id}>
                  {h.name}
                </th>
              ))}
              <th scope="col">Bedrag</th>
              <th scope="col">Status</th>
              <th scope="col">Laatst gecon{'\u00ad'}troleerd</th>
            </tr>
          </thead>
          {regelingen.map((o) => (
            <SummaryRows key={o.id} offer={o} households={overview.households} />
          ))}
        </table>
      </section>
    </section>
  );
}

export interface OverviewViewProps {
  overview: Overview;
  /** Heading level of the regeling sections: 2 on the overview page, 3 inside another page. */
  level?: 2 | 3;
}

export function OverviewView({ overview, level = 2 }: OverviewViewProps) {
  const regelingen = overview.offers.filter((o) => o.group === 'regelingen');
  const hulppunten = overview.offers.filter((o) => o.group === 'hulppunten');
  const H = `h${level}` as 'h2';
  return (
    <div class="ov">
      {overview.example && <p class="ov-example">Dit is een voorbeeld. De regels en bedragen zijn niet echt.</p>}
      <Summary overview={overview} regelingen={regelingen} level={level} />
      <div class="ov-details">
        <p class="ov-lead">
          Regels van {overview.gemeente}, versie {overview.version}, geldig van {overview.validFrom} tot en met{' '}
          {overview.validUntil}. De bedragen gelden op {overview.date}. Een grens die per huishouden verschilt, staat onder de
          voorwaarde, voor elk huishouden waarvoor de regeling kan gelden.
        </p>
        {overview.warnings.length > 0 && (
          <ul class="ov-warnings" aria-label="Let op">
            {overview.warnings.map((w) => (
              <li key={w.path}>{w.message}</li>
            ))}
          </ul>
        )}
        {regelingen.map((o) => (
          <OfferSection key={o.id} offer={o} level={level} />
        ))}
        <H class="ov-group">Hulppunten</H>
        {hulppunten.map((o) => (
          <OfferSection key={o.id} offer={o} level={3} />
        ))}
      </div>
    </div>
  );
}
