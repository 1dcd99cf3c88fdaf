/**
 * Search text folding: case- and accent-insensitive, and German-aware, so "mueller",
 * "muller" and "Müller" all find each other whichever way the name was written.
 */

const combiningMarks = /[\u0300-\u036f]/g;
// Letters NFD does not split into base letter + mark.
const ligatures: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ı: "i" };
const umlauts: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue" };

function replaceEach(text: string, table: Record<string, string>): string {
  let out = "";
  for (const char of text) out += table[char] ?? char;
  return out;
}

/** Lower case without accents: "Müller" → "muller", "José" → "jose", "Straße" → "strasse". */
export function foldText(text: string): string {
  return replaceEach(text.toLowerCase().normalize("NFD").replace(combiningMarks, "").normalize("NFC"), ligatures);
}

/** The German transliteration folded: "Müller" → "mueller". */
export function foldGerman(text: string): string {
  return foldText(replaceEach(text.toLowerCase().normalize("NFC"), umlauts));
}

const fieldSeparator = "\u0001";

/**
 * One string to search per person, built once per data change: every field in both
 * foldings, so a keystroke costs only substring checks.
 */
export function searchTextOf(fields: readonly (string | undefined)[]): string {
  const present = fields.filter((field): field is string => Boolean(field?.trim()));
  const plain = present.map(foldText);
  const german = present.map(foldGerman).filter((text, i) => text !== plain[i]);
  return [...plain, ...german].join(fieldSeparator);
}

/** A query split into words, each in both foldings; every word must be found. */
export type SearchQuery = readonly (readonly string[])[];

export function parseQuery(query: string): SearchQuery {
  return query
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...new Set([foldText(word), foldGerman(word)])]);
}

export function matchesQuery(searchText: string, query: SearchQuery): boolean {
  return query.every((variants) => variants.some((variant) => searchText.includes(variant)));
}
