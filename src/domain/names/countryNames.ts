/**
 * The other names of a country the graph holds ("South Korea" is also "Republic of Korea" and
 * "Korea"), from i18n-iso-countries: ISO 3166 names and their common forms in English, so the
 * graph need not list every official name as an alias, and the same names in the EU's other
 * official languages ("Giappone", "Japon", "Corea del Sud", "Südkorea"), since the articles on EU
 * cooperation come in those languages too.
 */
import countries from 'i18n-iso-countries';
import bg from 'i18n-iso-countries/langs/bg.json';
import cs from 'i18n-iso-countries/langs/cs.json';
import da from 'i18n-iso-countries/langs/da.json';
import de from 'i18n-iso-countries/langs/de.json';
import el from 'i18n-iso-countries/langs/el.json';
import english from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import et from 'i18n-iso-countries/langs/et.json';
import fi from 'i18n-iso-countries/langs/fi.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import ga from 'i18n-iso-countries/langs/ga.json';
import hr from 'i18n-iso-countries/langs/hr.json';
import hu from 'i18n-iso-countries/langs/hu.json';
import it from 'i18n-iso-countries/langs/it.json';
import lt from 'i18n-iso-countries/langs/lt.json';
import lv from 'i18n-iso-countries/langs/lv.json';
import mt from 'i18n-iso-countries/langs/mt.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import pl from 'i18n-iso-countries/langs/pl.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import ro from 'i18n-iso-countries/langs/ro.json';
import sk from 'i18n-iso-countries/langs/sk.json';
import sl from 'i18n-iso-countries/langs/sl.json';
import sv from 'i18n-iso-countries/langs/sv.json';

const OTHER_LOCALES = [bg, cs, da, de, el, es, et, fi, fr, ga, hr, hu, it, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv];
/** The EU's official languages other than English, as i18n-iso-countries names them. */
export const OTHER_LANGUAGES = OTHER_LOCALES.map((locale) => locale.locale);

let registered = false;

function register(): void {
  if (registered) return;
  countries.registerLocale(english);
  for (const locale of OTHER_LOCALES) countries.registerLocale(locale);
  registered = true;
}

/**
 * Every registered name, lower-cased, to its code (the first code that lists it, as
 * getAlpha2Code answers), built once: getAlpha2Code scans the whole locale on every call, and
 * isCountryName asks it for every capitalised span of a text in 24 languages.
 */
let byName: { english: Map<string, string>; any: Set<string> } | undefined;

function codeNames(): { english: Map<string, string>; any: Set<string> } {
  register();
  if (byName) return byName;
  const english = new Map<string, string>();
  const any = new Set<string>();
  for (const language of ['en', ...OTHER_LANGUAGES])
    for (const [code, forms] of Object.entries(countries.getNames(language, { select: 'all' }))) {
      for (const form of forms) {
        const key = form.toLowerCase();
        any.add(key);
        if (language === 'en' && !english.has(key)) english.set(key, code);
      }
    }
  byName = { english, any };
  return byName;
}

const englishCode = (name: string) => codeNames().english.get(name.toLowerCase());

/** "Korea, Republic of" is written "Republic of Korea", and often just "Korea". */
function written(official: string): string[] {
  const inverted = /^([^,]+), (.+ (?:of|di|de|du|der|von))$/.exec(official);
  return inverted ? [`${inverted[2]} ${inverted[1]}`, inverted[1]!] : [official];
}

/** Other English names of the country called `name` in English (none if it is no ISO country). */
export function countryVariants(name: string): string[] {
  const code = englishCode(name);
  if (!code) return [];
  const variants = new Set<string>();
  for (const official of countries.getName(code, 'en', { select: 'all' }) ?? []) for (const form of written(official)) variants.add(form);
  variants.delete(name);
  return [...variants];
}

/** The country's names in the EU's other official languages, without those English already has. */
export function countryNamesInOtherLanguages(name: string): string[] {
  const code = englishCode(name);
  if (!code) return [];
  const english = new Set([name, ...countryVariants(name)].map((form) => form.toLowerCase()));
  const names = new Set<string>();
  for (const language of OTHER_LANGUAGES)
    for (const official of countries.getName(code, language, { select: 'all' }) ?? [])
      for (const form of written(official)) if (!english.has(form.toLowerCase())) names.add(form);
  return [...names];
}

/** Whether a name is an ISO 3166 country name in English or another EU official language. */
export function isCountryName(name: string): boolean {
  return codeNames().any.has(name.toLowerCase());
}
