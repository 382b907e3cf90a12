/**
 * The other English names of a country the graph holds ("South Korea" is also "Republic of Korea"
 * and "Korea"), from i18n-iso-countries' English list: ISO 3166 names and their common forms, so
 * the graph need not list every official name as an alias.
 */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

let registered = false;

export function countryVariants(name: string): string[] {
  if (!registered) {
    countries.registerLocale(english);
    registered = true;
  }
  const code = countries.getAlpha2Code(name, 'en');
  if (!code) return [];
  const names = countries.getName(code, 'en', { select: 'all' }) ?? [];
  const variants = new Set<string>();
  for (const official of names) {
    // "Korea, Republic of" is written "Republic of Korea", and often just "Korea".
    const inverted = /^([^,]+), (.+ of)$/.exec(official);
    if (inverted) {
      variants.add(`${inverted[2]} ${inverted[1]}`);
      variants.add(inverted[1]!);
    } else variants.add(official);
  }
  variants.delete(name);
  return [...variants];
}
