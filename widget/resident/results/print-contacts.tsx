// On paper only: every organisation to contact once (not once per regeling), with its phone number, e-mail
// address and website written out, so the printed summary works without the screen.
import type { Contact } from '../../engine/types.ts';
import { useWidget } from '../../shared/context.ts';
import { Heading } from '../../shared/heading.tsx';

export function PrintContacts({ contacts }: { contacts: Contact[] }) {
  const { t, headingLevel } = useWidget();
  const seen = new Set<string>();
  const unique = contacts.filter((c) => {
    const key = [c.name, c.phone, c.email, c.url].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length === 0) return null;
  return (
    <section class="vw-print-only vw-print-contacts">
      <Heading level={headingLevel + 2}>{t('results.contacts')}</Heading>
      <ul class="vw-list">
        {unique.map((c) => (
          <li key={[c.name, c.phone, c.email, c.url].join('|')}>
            {[c.name, c.phone && t('contact.phone', { phone: c.phone }), c.email, c.url].filter(Boolean).join(' · ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
