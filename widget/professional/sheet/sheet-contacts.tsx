// Each organisation's contact once, with what the client goes there for, then the gemeente's central help
// points (a help point that is also a regeling's contact is listed once).
import { ContactList } from '../../shared/contact-list.tsx';
import { useWidget } from '../../shared/context.ts';
import { Heading } from '../../shared/heading.tsx';
import { formatList } from '../../text/format.ts';
import type { SheetContact } from '../sheet-data.ts';

export function SheetContacts({ contacts, level }: { contacts: SheetContact[]; level: number }) {
  const { t, lang, file } = useWidget();
  const central = file.hulppunten.filter((h) => h.central);
  return (
    <>
      <Heading level={level}>{t('professional.sheet.contacts')}</Heading>
      <div class="vw-sheet__contacts">
        {[
          ...contacts,
          ...central.map((c) => ({ name: c.contact.name ?? c.officialName, contact: c.contact, for: [] as string[] })),
        ]
          .filter((c, i, all) => all.findIndex((x) => x.name === c.name && x.contact.phone === c.contact.phone) === i)
          .map((c) => (
            <div key={c.name} class="vw-sheet__contact">
              <p class="utrecht-paragraph">
                <strong>{c.name}</strong>
                {c.for.length > 0 && ` (${formatList(c.for, lang)})`}
              </p>
              <ContactList contact={c.contact} name={c.name} />
            </div>
          ))}
      </div>
    </>
  );
}
