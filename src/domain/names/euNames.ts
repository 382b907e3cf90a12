/**
 * The names of the European Union and the European Commission in the EU's other official
 * languages, as the EU itself writes them (its interinstitutional style guide): no package lists
 * them as i18n-iso-countries lists countries, and articles on EU cooperation come in these
 * languages ("Unione europea", "Ue", "Commissione europea"). Keyed by the English name the graph
 * gives the entity. Short forms that are also common in other uses ("ES", "EL", "AE") are left out.
 */
const NAMES: Record<string, string[]> = {
  'European Union': [
    'Европейски съюз',
    'ЕС',
    'Evropská unie',
    'Den Europæiske Union',
    'Europæiske Union',
    'Europäische Union',
    'Ευρωπαϊκή Ένωση',
    'ΕΕ',
    'Unión Europea',
    'UE',
    'Ue',
    'Euroopa Liit',
    'Euroopan unioni',
    'Union européenne',
    'An tAontas Eorpach',
    'Europska unija',
    'Európai Unió',
    'Unione europea',
    'Europos Sąjunga',
    'Eiropas Savienība',
    'Unjoni Ewropea',
    'Europese Unie',
    'Unia Europejska',
    'União Europeia',
    'Uniunea Europeană',
    'Európska únia',
    'EÚ',
    'Evropska unija',
    'Europeiska unionen',
  ],
  'European Commission': [
    'Европейска комисия',
    'Evropská komise',
    'Europa-Kommissionen',
    'Europäische Kommission',
    'Ευρωπαϊκή Επιτροπή',
    'Comisión Europea',
    'Euroopa Komisjon',
    'Euroopan komissio',
    'Commission européenne',
    'Coimisiún Eorpach',
    'Europska komisija',
    'Európai Bizottság',
    'Commissione europea',
    'Europos Komisija',
    'Eiropas Komisija',
    'Kummissjoni Ewropea',
    'Europese Commissie',
    'Komisja Europejska',
    'Comissão Europeia',
    'Comisia Europeană',
    'Európska komisia',
    'Evropska komisija',
    'Europeiska kommissionen',
  ],
};

export function euNamesInOtherLanguages(englishName: string): string[] {
  return NAMES[englishName] ?? [];
}
