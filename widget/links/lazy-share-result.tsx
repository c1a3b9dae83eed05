// "Bewaar uw uitkomst" is loaded with the results, not with the widget: the initial load has a size budget, and
// the link code (encoder, rules hash, needed answers) is only needed once there is a result to keep.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ShareResultProps } from './share-result.tsx';

let loaded: ComponentType<ShareResultProps> | null = null;

export function LazyShareResult(props: ShareResultProps) {
  const [View, setView] = useState<ComponentType<ShareResultProps> | null>(() => loaded);
  useEffect(() => {
    if (View) return;
    let live = true;
    import('./share-result.tsx')
      .then((m) => {
        loaded = m.ShareResult;
        if (live) setView(() => m.ShareResult);
      })
      .catch((error: unknown) => console.error('[voorzieningen-wijzer] "Bewaar uw uitkomst" kon niet worden geladen:', error));
    return () => {
      live = false;
    };
  }, []);
  return View ? <View {...props} /> : null;
}
