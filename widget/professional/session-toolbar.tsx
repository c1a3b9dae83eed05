// The bar above the questions: the peildatum, and the button that wipes everything for the next client, with
// when the view wipes itself.
import { useCompiledRules, useWidget } from '../shared/context.ts';
import { PeildatumField } from './peildatum-field.tsx';

export interface SessionToolbarProps {
  date: string;
  onDate: (date: string) => void;
  idleMinutes: number;
  onWipe: () => void;
}

export function SessionToolbar({ date, onDate, idleMinutes, onWipe }: SessionToolbarProps) {
  const { t } = useWidget();
  const rules = useCompiledRules();
  return (
    <div class="vw-professional-toolbar">
      <PeildatumField rules={rules} value={date} onChange={onDate} />
      <div class="vw-professional-toolbar__wipe">
        <button type="button" class="utrecht-button utrecht-button--secondary-action vw-professional-new" onClick={onWipe}>
          {t('professional.wipe.button')}
        </button>
        <p class="vw-hint">
          {idleMinutes > 0 ? t('professional.wipe.idleHint', { minutes: idleMinutes }) : t('professional.wipe.hint')}
        </p>
      </div>
    </div>
  );
}
