// The review and results screens as a lazy chunk (resident/after-questions.ts): what a resident downloads before the
// first question is the budget that counts (docs/kwaliteit.md). The chunk is fetched as soon as the first question
// has painted (`prefetchAfterQuestions`), so by the last answer it is there and the screen renders at once; if it is
// not yet, the screen says "Even geduld." in a status until it is, and a chunk that does not load gives the calm
// failure message, not a blank widget.
import type { ComponentProps } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useWidget } from '../shared/context.ts';
import { Failure } from '../shared/failure.tsx';

type Screens = typeof import('./after-questions.ts');

// The loaded module is code, like the browser's own module cache: every widget on the page may share it.
let loaded: Screens | null = null;
let pending: Promise<Screens> | null = null;

/** Starts the download once; a failed one may be tried again. */
export function prefetchAfterQuestions(): Promise<Screens> {
  pending ??= import('./after-questions.ts').then(
    (m) => {
      loaded = m;
      return m;
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

function useScreens(): Screens | null | 'failed' {
  const [screens, setScreens] = useState<Screens | null | 'failed'>(() => loaded);
  useEffect(() => {
    if (screens) return;
    let live = true;
    prefetchAfterQuestions().then(
      (m) => live && setScreens(m),
      (error: unknown) => {
        console.error('[voorzieningen-wijzer] Het overzicht kon niet worden geladen:', error);
        if (live) setScreens('failed');
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return screens;
}

function Waiting({ screens }: { screens: null | 'failed' }) {
  const { t, headingLevel, file } = useWidget();
  if (screens === 'failed') {
    return (
      <Failure t={t} headingLevel={headingLevel} rank={1} gemeente={file.gemeente.name} phone={file.gemeente.contact?.phone} />
    );
  }
  return (
    <p class="utrecht-paragraph" role="status">
      {t('app.busy')}
    </p>
  );
}

export function LazyReviewScreen(props: ComponentProps<Screens['ReviewScreen']>) {
  const screens = useScreens();
  return screens && screens !== 'failed' ? <screens.ReviewScreen {...props} /> : <Waiting screens={screens} />;
}

export function LazyResultsScreen(props: ComponentProps<Screens['ResultsScreen']>) {
  const screens = useScreens();
  return screens && screens !== 'failed' ? <screens.ResultsScreen {...props} /> : <Waiting screens={screens} />;
}
