// The printable rules overview: one section per regeling and hulppunt. Text only; the data comes from
// overview.ts, so the sentences are the widget's own reason sentences.
import type { Overview, OverviewNode, OverviewOffer } from '../overview.ts';

const STATUS_TEXT = { actief: 'Actief', 'te-controleren': 'Te controleren: de wijzer geeft hoogstens "misschien"' } as const;
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
          <ul class="ov-limits">
            {node.limits.map((l) => (
              <li key={l.household}>
                Voor {l.household}: {l.amount}
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

export interface OverviewViewProps {
  overview: Overview;
  /** Heading level of the regeling sections: 2 on the overview page, 3 inside the beheer page. */
  level?: 2 | 3;
}

export function OverviewView({ overview, level = 2 }: OverviewViewProps) {
  const regelingen = overview.offers.filter((o) => o.group === 'regelingen');
  const hulppunten = overview.offers.filter((o) => o.group === 'hulppunten');
  const H = `h${level}` as 'h2';
  return (
    <div class="ov">
      {overview.example && <p class="ov-example">Dit is een voorbeeld. De regels en bedragen zijn niet echt.</p>}
      <p>
        Regels van {overview.gemeente}, versie {overview.version}, geldig van {overview.validFrom} tot en met{' '}
        {overview.validUntil}. De bedragen gelden op {overview.date}. In de zinnen staan de grenzen voor {overview.reference}; de
        grenzen voor andere huishoudens staan eronder.
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
        <OfferSection key={o.id} offer={o} level={level === 2 ? 3 : 3} />
      ))}
    </div>
  );
}
