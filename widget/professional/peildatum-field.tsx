// The peildatum, editable: a labelled date field, the norm period that applies on it, its main norms,
// and a warning when the norms in the rules file end before that date.
import type { CompiledRules } from '../engine/index.ts';
import { choosePeriod } from '../engine/index.ts';
import { Alert } from '../shared/alert.tsx';
import { useWidget } from '../shared/context.ts';
import { formatEuro } from '../text/format.ts';

export interface PeildatumFieldProps {
  rules: CompiledRules;
  value: string;
  onChange: (date: string) => void;
}

/** The file's norm period for a date, or null when the date is not usable. */
function periodFor(rules: CompiledRules, date: string) {
  try {
    const { period, normsOutdated } = choosePeriod(rules.file, rules.periods, date);
    const norms = rules.file.norms.periods.find((p) => p.from === period.from);
    return norms ? { norms, normsOutdated } : null;
  } catch {
    return null;
  }
}

export function PeildatumField({ rules, value, onChange }: PeildatumFieldProps) {
  const { t, lang } = useWidget();
  const chosen = periodFor(rules, value);
  return (
    <div class="vw-professional-peildatum">
      <div class={`utrecht-form-field utrecht-form-field--text${chosen ? '' : ' utrecht-form-field--invalid'}`}>
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for="vw-professional-peildatum">
            {t('professional.peildatum.label')}
          </label>
        </div>
        <p class="utrecht-form-field__description utrecht-form-field-description" id="vw-professional-peildatum-hint">
          {t('professional.peildatum.hint')}
        </p>
        <input
          class={`utrecht-form-field__input utrecht-textbox utrecht-textbox--html-input vw-textbox--date${chosen ? '' : ' utrecht-textbox--invalid'}`}
          type="date"
          id="vw-professional-peildatum"
          value={value}
          aria-describedby="vw-professional-peildatum-hint"
          aria-invalid={chosen ? 'false' : 'true'}
          onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      {chosen ? (
        <details class="vw-details vw-professional-norms">
          <summary class="vw-details__summary">{t('professional.peildatum.period', { from: chosen.norms.from })}</summary>
          <ul class="vw-list">
            {Object.entries(chosen.norms.bijstandsnormen).map(([key, euro]) => (
              <li key={key}>
                {t(`professional.norm.${key}`, { defaultValue: key.replace(/_/g, ' ') })}: {formatEuro(euro, lang)}
              </li>
            ))}
            {Object.entries(chosen.norms.vermogensgrenzen).map(([key, euro]) => (
              <li key={`v-${key}`}>
                {t('professional.peildatum.vermogensgrens', {
                  leefvorm: key.replace(/_/g, ' '),
                  amount: formatEuro(euro, lang, true),
                })}
              </li>
            ))}
            <li>{t('professional.peildatum.aow', { age: chosen.norms.aowAge })}</li>
          </ul>
        </details>
      ) : (
        <p class="utrecht-form-field-error-message" role="alert">
          {t('professional.peildatum.invalid', { from: rules.periods[0]?.from ?? '' })}
        </p>
      )}
      {chosen?.normsOutdated && (
        <Alert type="warning">
          <p class="utrecht-paragraph">{t('results.normsOutdated')}</p>
        </Alert>
      )}
    </div>
  );
}
