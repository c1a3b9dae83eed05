// The rules files that ship with the widget, as exact text (?raw): no reformatting, and no request
// leaves the browser besides loading this bundled file.

export interface RulesSource {
  id: string;
  label: string;
  fileName: string;
  load(): Promise<string>;
}

export const BUNDLED_SOURCES: RulesSource[] = [
  {
    id: 'ommen',
    label: 'Gemeente Ommen (gepubliceerd)',
    fileName: 'ommen.json',
    load: () => import('../../rules/ommen.json?raw').then((m) => m.default),
  },
  {
    id: 'voorbeeldgemeente',
    label: 'Voorbeeldgemeente (fictief voorbeeld)',
    fileName: 'voorbeeldgemeente.json',
    load: () => import('../../rules/voorbeeldgemeente.json?raw').then((m) => m.default),
  },
];

/** The source named in ?bestand=..., else the first one. */
export function sourceFromQuery(search: string): RulesSource {
  const id = new URLSearchParams(search).get('bestand');
  return BUNDLED_SOURCES.find((s) => s.id === id) ?? (BUNDLED_SOURCES[0] as RulesSource);
}
