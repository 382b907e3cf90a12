/**
 * The normal form names are matched by: case, accents, punctuation and spacing do not matter
 * ("Hena  Wilkunen", "hena wilkunen" and "Héna-Wilkunen" all give "hena wilkunen").
 * The result holds only Unicode letters, digits and single spaces.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
