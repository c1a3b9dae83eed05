// The real widget with the edited rules. mount() takes a rules URL, so the text becomes a blob: URL:
// it is read inside this browser, nothing is uploaded.
import { useEffect, useRef } from 'preact/hooks';
import { mount } from '../../mount.ts';
import type { WidgetMode } from '../../options.ts';
import { textFileUrl } from '../../text/download-file.ts';
import { RULES_TYPE } from '../download.ts';

export interface LiveWidgetProps {
  /** A rules text that passed the check; null shows nothing. */
  text: string | null;
  mode: WidgetMode;
}

export function LiveWidget({ text, mode }: LiveWidgetProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element || text === null) return;
    const url = textFileUrl(text, RULES_TYPE);
    // A fresh child per mount: the shadow root of an element cannot be removed once attached.
    const target = element.appendChild(document.createElement('div'));
    const handle = mount(target, { rules: url, mode, headingLevel: 3 });
    return () => {
      handle.unmount();
      target.remove();
      URL.revokeObjectURL(url);
    };
  }, [text, mode]);
  if (text === null) return <p>De wijzer verschijnt hier als het bestand geen fouten heeft.</p>;
  return <div ref={host} class="bh-widget" />;
}
