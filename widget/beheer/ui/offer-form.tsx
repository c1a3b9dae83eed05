// A form per regeling or help point for what policy staff change most: status, income limit, amount,
// texts per language, contact and sources. Every change edits the parsed file and writes it back in the
// file's own layout (form/json-edit.ts), so the editor beside it shows the same change.
import { useMemo, useState } from 'preact/hooks';
import type { PlacedProblem } from '../editor/placed-problems.ts';
import { incomeLimitOf, type OfferGroup, setIncomePercentage } from '../form/income-limit.ts';
import type { Json } from '../form/json-edit.ts';
import { type Key, parseEuro, parsePercentage, setAt } from '../form/offer-edits.ts';
import { Field } from './form-field.tsx';

export interface OfferFormProps {
  /** The text the form shows. */
  text: string;
  /** Applies a change to the latest text (which may be newer than `text` while someone types). */
  edit(change: (file: Obj) => void): void;
  /** Problems of the current text, shown at their field. */
  problems: PlacedProblem[];
  today: string;
}

type Obj = { [key: string]: Json };
const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json | undefined) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const GROUP_WORD: Record<OfferGroup, string> = { regelingen: 'Regelingen', hulppunten: 'Hulppunten' };
const TEXT_FIELDS = [
  { key: 'title', label: 'Titel in gewone taal', required: true, long: false },
  { key: 'summary', label: 'Wat het is (samenvatting)', required: true, long: true },
  { key: 'amount', label: 'Uitleg bij het bedrag', required: false, long: true, onlyRegeling: true },
  { key: 'apply', label: 'Hoe vraagt u het aan', required: false, long: true },
  { key: 'note', label: 'Let op (bijvoorbeeld bij te controleren)', required: false, long: true },
] as const;
const CONTACT_FIELDS = [
  { key: 'name', label: 'Naam', kind: 'text' },
  { key: 'phone', label: 'Telefoon', kind: 'tel' },
  { key: 'email', label: 'E-mail', kind: 'email' },
  { key: 'url', label: 'Website (https://)', kind: 'url' },
  { key: 'address', label: 'Adres', kind: 'text' },
] as const;
const PER_WORD = { jaar: 'per jaar', maand: 'per maand', eenmalig: 'eenmalig' } as const;

function describeTerm(term: Obj): string {
  const parts: string[] = [];
  if (isObj(term.times))
    parts.push(`maal ${str(term.times.fact)}${isObj(term.times.params) ? ` ${JSON.stringify(term.times.params)}` : ''}`);
  if (isObj(term.when))
    parts.push(`alleen als ${str(term.when.fact)} ${str(term.when.operator)} ${JSON.stringify(term.when.value)}`);
  return parts.length ? `Dit bedrag geldt ${parts.join(', ')}.` : 'Een vast bedrag.';
}

export function OfferForm({ text, edit, problems, today }: OfferFormProps) {
  const file = useMemo<Obj | null>(() => {
    try {
      const f = JSON.parse(text);
      return isObj(f) ? f : null;
    } catch {
      return null;
    }
  }, [text]);
  const [choice, setChoice] = useState('regelingen:0');
  const [lang, setLang] = useState('nl');
  const [scope, setScope] = useState<'eigen' | 'gedeeld'>('eigen');
  if (!file) return <p>Het formulier werkt weer zodra het bestand geldige JSON is. Herstel eerst de fout in de tekst.</p>;

  const offers = (['regelingen', 'hulppunten'] as const).map((g) => ({
    group: g,
    list: (Array.isArray(file[g]) ? file[g] : []).filter(isObj) as Obj[],
  }));
  const [groupName, indexText] = choice.split(':');
  const group: OfferGroup = groupName === 'hulppunten' ? 'hulppunten' : 'regelingen';
  const index = Number(indexText);
  const offer = offers.find((o) => o.group === group)?.list[index];
  const languages = (Array.isArray(file.languages) ? file.languages : ['nl']).map(String);

  const base: Key[] = [group, index];
  const at = (...keys: Key[]) => [...base, ...keys];
  const setValue = (keys: Key[], value: Json | undefined) => edit((f) => setAt(f, keys, value));
  /** Text fields: an empty optional text is removed, an empty required one stays (the check then says so). */
  const textCommit = (keys: Key[], required: boolean) => (typed: string) => {
    setValue(keys, typed.trim() === '' && !required ? undefined : typed);
    return null;
  };
  const id = (...parts: Key[]) => `bh-f-${parts.join('-')}`;

  return (
    <div class="bh-form">
      <div class="bh-field">
        <label for="bh-f-offer" class="bh-label">
          Regeling of hulppunt
        </label>
        <select id="bh-f-offer" value={choice} onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value)}>
          {offers.map(({ group: g, list }) => (
            <optgroup key={g} label={GROUP_WORD[g]}>
              {list.map((o, i) => (
                <option key={`${g}:${i}`} value={`${g}:${i}`}>
                  {str(o.officialName) || str(o.id)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {!offer ? (
        <p>Kies een regeling of hulppunt.</p>
      ) : (
        <OfferFields
          key={choice}
          {...{
            file,
            offer,
            group,
            index,
            lang,
            setLang,
            languages,
            scope,
            setScope,
            edit,
            at,
            setValue,
            textCommit,
            id,
            problems,
            today,
          }}
        />
      )}
    </div>
  );
}

interface OfferFieldsProps {
  file: Obj;
  offer: Obj;
  group: OfferGroup;
  index: number;
  lang: string;
  setLang(l: string): void;
  languages: string[];
  scope: 'eigen' | 'gedeeld';
  setScope(s: 'eigen' | 'gedeeld'): void;
  edit(change: (f: Obj) => void): void;
  at(...keys: Key[]): Key[];
  setValue(keys: Key[], value: Json | undefined): void;
  textCommit(keys: Key[], required: boolean): (typed: string) => string | null;
  id(...parts: Key[]): string;
  problems: PlacedProblem[];
  today: string;
}

function OfferFields(p: OfferFieldsProps) {
  const { file, offer, group, index, lang, languages, at, setValue, textCommit, id, problems, today } = p;
  const name = str(offer.officialName) || str(offer.id);
  const income = incomeLimitOf(file, group, index);
  const amount = isObj(offer.amount) ? offer.amount : null;
  const terms = (amount && Array.isArray(amount.terms) ? amount.terms : []).filter(isObj) as Obj[];
  const texts = isObj(offer.texts) && isObj(offer.texts[lang]) ? (offer.texts[lang] as Obj) : {};
  const contact = isObj(offer.contact) ? offer.contact : {};
  const hours = isObj(contact.hours) ? contact.hours : {};
  const sources = (Array.isArray(offer.sources) ? offer.sources : []).filter(isObj) as Obj[];
  const status = str(offer.status);

  return (
    <>
      <h3>{name}</h3>
      <fieldset class="bh-fieldset">
        <legend>Status</legend>
        {(['actief', 'te-controleren'] as const).map((s) => (
          <label key={s} class="bh-check">
            <input type="radio" name={id('status')} value={s} checked={status === s} onChange={() => setValue(at('status'), s)} />{' '}
            {s === 'actief' ? 'Actief: de regels kloppen' : 'Te controleren: de wijzer zegt hoogstens "misschien"'}
          </label>
        ))}
        <Field
          id={id('lastChecked')}
          label="Laatst gecontroleerd"
          hint="Bij het downloaden wordt dit vandaag, als u iets aan deze regeling hebt veranderd."
          kind="date"
          keys={at('lastChecked')}
          value={str(offer.lastChecked)}
          problems={problems}
          onCommit={textCommit(at('lastChecked'), false)}
        />
      </fieldset>

      {income && (
        <fieldset class="bh-fieldset">
          <legend>Inkomensgrens</legend>
          <Field
            id={id('percentage')}
            label="Percentage van de bijstandsnorm"
            hint={
              income.shared
                ? `Nu ${income.percentage} %. Deze grens komt uit de gedeelde voorwaarde "${income.shared}".${
                    income.alsoUsedBy.length
                      ? ` Die gebruiken ook: ${income.alsoUsedBy.map((u) => u.officialName).join(', ')}.`
                      : ''
                  }`
                : `Nu ${income.percentage} %. Deze grens geldt alleen voor ${name}.`
            }
            kind="decimal"
            keys={at('conditions')}
            value={String(income.percentage)}
            problems={problems}
            onCommit={(typed) => {
              const pct = parsePercentage(typed);
              if (pct === null) return 'Vul een percentage in, bijvoorbeeld 120 (hoogstens 2 cijfers na de komma).';
              p.edit((f) => setIncomePercentage(f, group, index, pct, income.shared ? p.scope : 'eigen'));
              return null;
            }}
          />
          {income.shared && income.alsoUsedBy.length > 0 && (
            <fieldset class="bh-fieldset bh-fieldset--inner">
              <legend>Voor welke regelingen verandert de grens?</legend>
              <label class="bh-check">
                <input type="radio" name={id('scope')} checked={p.scope === 'eigen'} onChange={() => p.setScope('eigen')} />{' '}
                Alleen voor {name}
              </label>
              <label class="bh-check">
                <input type="radio" name={id('scope')} checked={p.scope === 'gedeeld'} onChange={() => p.setScope('gedeeld')} />{' '}
                Voor {name} en {income.alsoUsedBy.map((u) => u.officialName).join(', ')}
              </label>
            </fieldset>
          )}
        </fieldset>
      )}

      {amount && (
        <fieldset class="bh-fieldset">
          <legend>Bedrag</legend>
          <div class="bh-field">
            <label for={id('per')} class="bh-label">
              Hoe vaak
            </label>
            <select
              id={id('per')}
              value={str(amount.per)}
              onChange={(e) => setValue(at('amount', 'per'), (e.currentTarget as HTMLSelectElement).value)}
            >
              {Object.entries(PER_WORD).map(([v, w]) => (
                <option key={v} value={v}>
                  {w}
                </option>
              ))}
            </select>
          </div>
          <label class="bh-check">
            <input
              type="checkbox"
              checked={amount.maximaal === true}
              onChange={(e) => setValue(at('amount', 'maximaal'), (e.currentTarget as HTMLInputElement).checked)}
            />{' '}
            Het bedrag is een maximum ("hoogstens")
          </label>
          {terms.map((t, i) => (
            <Field
              key={i}
              id={id('euro', i)}
              label={terms.length > 1 ? `Bedrag ${i + 1} in euro` : 'Bedrag in euro'}
              hint={describeTerm(t)}
              kind="decimal"
              keys={at('amount', 'terms', i, 'euro')}
              value={str(t.euro)}
              problems={problems}
              onCommit={(typed) => {
                const euro = parseEuro(typed);
                if (euro === null) return 'Vul een bedrag in euro in, bijvoorbeeld 120 of 12,50.';
                setValue(at('amount', 'terms', i, 'euro'), euro);
                return null;
              }}
            />
          ))}
        </fieldset>
      )}

      <fieldset class="bh-fieldset">
        <legend>Teksten</legend>
        <div class="bh-field">
          <label for={id('lang')} class="bh-label">
            Taal
          </label>
          <select id={id('lang')} value={lang} onChange={(e) => p.setLang((e.currentTarget as HTMLSelectElement).value)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
        {TEXT_FIELDS.filter((f) => !('onlyRegeling' in f) || group === 'regelingen').map((f) => (
          <Field
            key={`${lang}-${f.key}`}
            id={id('text', lang, f.key)}
            label={f.label}
            kind={f.long ? 'textarea' : 'text'}
            keys={at('texts', lang, f.key)}
            value={str(texts[f.key])}
            problems={problems}
            onCommit={textCommit(at('texts', lang, f.key), f.required)}
          />
        ))}
        <Field
          key={`${lang}-documents`}
          id={id('text', lang, 'documents')}
          label="Wat neemt u mee of stuurt u op"
          hint="Eén ding per regel."
          kind="textarea"
          keys={at('texts', lang, 'documents')}
          value={(Array.isArray(texts.documents) ? texts.documents : []).map(str).join('\n')}
          problems={problems}
          onCommit={(typed) => {
            const lines = typed
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean);
            setValue(at('texts', lang, 'documents'), lines.length ? lines : undefined);
            return null;
          }}
        />
      </fieldset>

      <fieldset class="bh-fieldset">
        <legend>Contact</legend>
        {CONTACT_FIELDS.map((f) => (
          <Field
            key={f.key}
            id={id('contact', f.key)}
            label={f.label}
            kind={f.kind}
            keys={at('contact', f.key)}
            value={str(contact[f.key])}
            problems={problems}
            onCommit={textCommit(at('contact', f.key), false)}
          />
        ))}
        <Field
          key={`${lang}-hours`}
          id={id('contact', 'hours', lang)}
          label={`Openingstijden (taal: ${lang})`}
          keys={at('contact', 'hours', lang)}
          value={str(hours[lang])}
          problems={problems}
          onCommit={textCommit(at('contact', 'hours', lang), false)}
        />
      </fieldset>

      <fieldset class="bh-fieldset">
        <legend>Bronnen</legend>
        {sources.length === 0 && <p>Deze regeling heeft nog geen bronnen.</p>}
        {sources.map((s, i) => (
          <fieldset key={i} class="bh-fieldset bh-fieldset--inner">
            <legend>Bron {i + 1}</legend>
            <Field
              id={id('source', i, 'title')}
              label="Titel"
              keys={at('sources', i, 'title')}
              value={str(s.title)}
              problems={problems}
              onCommit={textCommit(at('sources', i, 'title'), false)}
            />
            <Field
              id={id('source', i, 'url')}
              label="Link (https://)"
              kind="url"
              keys={at('sources', i, 'url')}
              value={str(s.url)}
              problems={problems}
              onCommit={textCommit(at('sources', i, 'url'), true)}
            />
            <Field
              id={id('source', i, 'checked')}
              label="Gecontroleerd op"
              kind="date"
              keys={at('sources', i, 'checked')}
              value={str(s.checked)}
              problems={problems}
              onCommit={textCommit(at('sources', i, 'checked'), true)}
            />
            {str(s.checked) !== today && (
              <button type="button" class="bh-button" onClick={() => setValue(at('sources', i, 'checked'), today)}>
                Bron {i + 1} vandaag gecontroleerd
              </button>
            )}
          </fieldset>
        ))}
      </fieldset>
    </>
  );
}
