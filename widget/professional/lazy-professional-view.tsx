// Loads wijkteam mode on demand: residents' pages never download it (the size budget counts the initial load).
import type { ComponentType } from 'preact';
import { useWidget } from '../shared/context.ts';
import { useAsync } from '../shared/use-async.ts';
import type { ProfessionalViewProps } from './professional-view.tsx';

export function LazyProfessionalView(props: ProfessionalViewProps) {
  const { t } = useWidget();
  const view = useAsync<ComponentType<ProfessionalViewProps>>(
    () =>
      import('./professional-view.tsx').then(
        (m) => m.ProfessionalView,
        (error: unknown) => {
          console.error('[voorzieningen-wijzer] Wijkteam-weergave kon niet worden geladen:', error);
          throw error;
        },
      ),
    [],
  );
  const View = view.value;
  if (View) return <View {...props} />;
  return <p class="utrecht-paragraph">{view.status === 'failed' ? t('professional.loadFailed') : t('app.loading')}</p>;
}
