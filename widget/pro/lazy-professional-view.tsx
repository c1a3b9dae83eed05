// Loads wijkteam mode on demand: residents' pages never download it (the size budget counts the initial load).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useWidget } from '../ui/context.ts';
import type { ProfessionalViewProps } from './professional-view.tsx';

export function LazyProfessionalView(props: ProfessionalViewProps) {
  const { t } = useWidget();
  const [View, setView] = useState<ComponentType<ProfessionalViewProps> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import('./professional-view.tsx')
      .then((m) => live && setView(() => m.ProfessionalView))
      .catch((error: unknown) => {
        console.error('[voorzieningen-wijzer] Wijkteam-weergave kon niet worden geladen:', error);
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, []);
  if (View) return <View {...props} />;
  return <p class="utrecht-paragraph">{failed ? t('pro.loadFailed') : t('app.loading')}</p>;
}
