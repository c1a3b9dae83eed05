// The review and results screens as a lazy chunk (resident/after-questions.ts): what a resident downloads before the
// first question is the budget that counts (docs/kwaliteit.md). Those screens also need the later part of the
// interface texts (widget/i18n/text-parts.ts), which this widget's i18next instance does not have at first. Both
// are fetched as soon as the first question has painted (`prefetchAfterQuestions`), so by the last answer they are
// there and the screen renders at once; if they are not yet, the screen says "Even geduld." in a status until they
// are, and a chunk that does not load gives the calm failure message, never a blank widget or a raw text key.
import type { ComponentProps } from 'preact';
import type { LaterTexts } from '../i18n/create-i18n.ts';
import { useWidget } from '../shared/context.ts';
import { Failure } from '../shared/failure.tsx';
import { useKeyedLoad } from '../shared/use-keyed-load.ts';

type Screens = typeof import('./after-questions.ts');

// The loaded module is code, like the browser's own module cache: every widget on the page may share it. The
// texts are not: each widget's instance gets its own (`texts.load()`).
let loaded: Screens | null = null;
let pending: Promise<Screens> | null = null;

/** Starts the chunk's download once; a failed one may be tried again. */
function screensChunk(): Promise<Screens> {
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

/** The screens' chunk and this widget's later texts, side by side; resolves when both are in. */
export function prefetchAfterQuestions(texts: LaterTexts): Promise<Screens> {
  return Promise.all([screensChunk(), texts.load()]).then(([m]) => m);
}

/** The screens, when their chunk and this widget's later texts are both in already; else null. */
export function screensIfReady(texts: LaterTexts): Screens | null {
  return loaded !== null && texts.ready() ? loaded : null;
}

function useScreens(): Screens | null | 'failed' {
  const { laterTexts } = useWidget();
  const state = useKeyedLoad(
    laterTexts,
    screensIfReady(laterTexts) !== null,
    () => prefetchAfterQuestions(laterTexts),
    '[voorzieningen-wijzer] Het overzicht kon niet worden geladen:',
  );
  if (state === 'ready') return loaded;
  return state === 'failed' ? 'failed' : null;
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
