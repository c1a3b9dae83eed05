// Loads wijkteam mode on demand: residents' pages never download it (the size budget counts the initial load).
// Its texts are in the later part of the interface texts (widget/i18n/text-parts.ts); the app of a wijkteam widget
// loads that part from the start (app-mount.ts), and the view waits for it all the same, so it never shows a raw key.
import type { ComponentType } from 'preact';
import { useWidget } from '../shared/context.ts';
import { useAsync } from '../shared/use-async.ts';
import { useLaterTexts } from '../shared/use-later-texts.ts';
import type { ProfessionalViewProps } from './professional-view.tsx';

export function LazyProfessionalView(props: ProfessionalViewProps) {
  const { t } = useWidget();
  const texts = useLaterTexts();
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
  if (texts === 'ready' && View) return <View {...props} />;
  // The view's own message needs its texts; without them the calm heading (first part) says as much.
  let line = t('app.loading');
  if (texts === 'failed') line = t('failure.heading');
  else if (texts === 'ready' && view.status === 'failed') line = t('professional.loadFailed');
  return <p class="utrecht-paragraph">{line}</p>;
}
