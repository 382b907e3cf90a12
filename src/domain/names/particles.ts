/**
 * Particles of family names ("von der Leyen", "van Rompuy", "de Gaulle", "da Silva"): written in
 * lower case inside a full name and, as "Von der Leyen", capitalised when the surname opens a
 * sentence or follows a title. They belong to the surname, so "von der Leyen" alone, "President
 * von der Leyen" and "Ursula Von der Leyen" all name the same person.
 */
export const SURNAME_PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'des',
  'dos',
  'das',
  'ter',
  'ten',
  'zu',
  'le',
  'la',
  'bin',
  'ibn',
  'al',
  'el',
]);

export const isSurnameParticle = (word: string): boolean => SURNAME_PARTICLES.has(word.toLowerCase());
