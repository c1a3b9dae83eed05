// Every link in the results that leaves the widget opens in a new tab, so the results stay where they are
// (nothing is stored: going back could lose them). It says so: a visible arrow and, for screen readers and
// anyone who reads the name, "(opent in een nieuw tabblad)" in the link's own text.
import type { ComponentChildren } from 'preact';
import { useWidget } from './context.ts';

export function ExternalLink({ href, class: extra, children }: { href: string; class?: string; children: ComponentChildren }) {
  const { t } = useWidget();
  return (
    <a
      class={`utrecht-link utrecht-link--html-a${extra ? ` ${extra}` : ''}`}
      href={href}
      rel="noopener noreferrer"
      target="_blank"
    >
      {children}
      <span aria-hidden="true" class="vw-external">
        {' ↗'}
      </span>
      <span class="vw-visually-hidden"> {t('results.newTab')}</span>
    </a>
  );
}
