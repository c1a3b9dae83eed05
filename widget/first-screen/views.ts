// The first screen in plain DOM, painted by the entry: the header (title and language menu), the intro with
// "Beginnen", the wijkteam loading screen and the calm failure message. The same markup and Utrecht classes as
// the app's Intro (widget/resident/intro.tsx) and Failure (widget/shared/failure.tsx), so the hand-over shows no change.
import { telHref } from '../text/safe-href.ts';
import type { RulesSummary } from './contract.ts';
import { h } from './dom.ts';
import { type LanguageMenuProps, languageMenu } from './language-menu.ts';
import type { FirstScreenTexts } from './text-keys.ts';
import { failureSentence, format, introMinutes } from './text-keys.ts';

const headingTag = (level: number) => `h${Math.min(6, Math.max(1, level))}` as 'h2';

export function header(texts: FirstScreenTexts, level: number, gemeente: string | undefined, menu: LanguageMenuProps | null) {
  const title = gemeente ? format(texts.app.title, { gemeente }) : texts.app.titleNoName;
  return h(
    'header',
    { class: 'vw-header' },
    h(headingTag(level), { class: 'utrecht-heading-2 vw-title' }, title),
    menu && languageMenu(menu),
  );
}

/** "Dit is een vertaling …" under the header, for every language but Dutch (as the app's TranslationNotice). */
export function notice(texts: FirstScreenTexts, lang: string) {
  return lang === 'nl' ? null : h('p', { class: 'utrecht-paragraph vw-notice vw-notice--translation' }, texts.language.notice);
}

export interface IntroViewProps {
  texts: FirstScreenTexts;
  level: number;
  summary: RulesSummary;
  busy: boolean;
  onStart: () => void;
}

export function introView({ texts, level, summary, busy, onStart }: IntroViewProps) {
  const t = texts.intro;
  const time = summary.questions === undefined ? t.timeFew : format(t.time, { minutes: introMinutes(summary.questions) });
  const button = h(
    'button',
    {
      type: 'button',
      class: `utrecht-button utrecht-button--primary-action${busy ? ' utrecht-button--busy' : ''}`,
      'aria-disabled': busy ? 'true' : undefined,
      onclick: onStart,
    },
    t.start,
  );
  return h(
    'section',
    { class: 'vw-intro' },
    h(headingTag(level + 1), { class: 'utrecht-heading-3' }, t.heading),
    summary.example && alert('warning', null, h('p', { class: 'utrecht-paragraph' }, t.example)),
    h('p', { class: 'utrecht-paragraph' }, t.text),
    h('ul', { class: 'vw-list vw-intro__promises' }, h('li', {}, t.privacy), h('li', {}, time), h('li', {}, t.unknownOk)),
    h('div', { class: 'vw-actions' }, button),
    // The accessible status of a click before the widget has loaded ("Even geduld."): polite, read after the click.
    h('p', { class: 'vw-visually-hidden', role: 'status' }, busy ? texts.app.busy : ''),
  );
}

/** Wijkteam mode's first screen: the title is in the header; this says the view is on its way. */
export function loadingView(texts: FirstScreenTexts) {
  return h('p', { class: 'utrecht-paragraph', role: 'status' }, texts.app.loading);
}

function alert(type: 'info' | 'warning', role: 'status' | null, ...children: (Node | null)[]) {
  return h(
    'div',
    { class: `utrecht-alert utrecht-alert--${type}` },
    h('div', { class: 'utrecht-alert__content' }, h('div', { class: 'utrecht-alert__message', role }, ...children)),
  );
}

/** The calm message in place of the whole widget (heading at the widget's own level). */
export function failureView(texts: FirstScreenTexts, level: number, gemeente: string | undefined, phone: string | undefined) {
  const href = telHref(phone);
  return alert(
    'info',
    'status',
    h(headingTag(level), { class: 'utrecht-heading-2' }, texts.failure.heading),
    h(
      'p',
      { class: 'utrecht-paragraph' },
      failureSentence((key, values) => format(texts.failure[key], values), gemeente, phone),
    ),
    href
      ? h(
          'p',
          { class: 'utrecht-paragraph' },
          h('a', { class: 'utrecht-link utrecht-link--html-a', href }, format(texts.contact.phone, { phone: phone ?? '' })),
        )
      : null,
  );
}
