// "Stap X van Y" as text above the form (NL DS: JAWS form mode skips text inside forms).
import { useWidget } from '../shared/context.ts';

export function Progress({ current, total }: { current: number; total: number }) {
  const { t } = useWidget();
  return <p class="utrecht-paragraph vw-progress">{t('progress.step', { current, total: Math.max(current, total) })}</p>;
}
