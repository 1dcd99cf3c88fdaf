/**
 * Text folding shared by the normalisers: LinkedIn writes the same thing with and without
 * umlauts, with odd dashes and non-breaking spaces, so every lookup compares folded text.
 */

const DIACRITICS = /[\u0300-\u036f]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00a0\u202f]+/g;

/** Lower case, no diacritics (ä → a, ß → ss), one kind of dash, single spaces. */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(DIACRITICS, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(DASHES, "-")
    .replace(SPACES, " ")
    .trim();
}

/** Folded and reduced to letters and digits: "Hub-Spot CRM" and "hubspot crm" meet. */
export function compact(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, "");
}

/** Whole-word (or whole-phrase) containment on folded text. */
export function containsPhrase(folded: string, phrase: string): boolean {
  if (phrase === "") return false;
  for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
    const before = folded[at - 1] ?? " ";
    const after = folded[at + phrase.length] ?? " ";
    if (!isWordChar(before) && !isWordChar(after)) return true;
  }
  return false;
}

function isWordChar(char: string): boolean {
  return /[a-z0-9]/.test(char);
}

/**
 * Caches a pure string → value function. Scoring sees the same industry, size and city
 * strings thousands of times; the cache is cleared when full rather than tracked as an LRU.
 */
export function memoise<T>(fn: (input: string) => T, limit = 5000): (input: string) => T {
  const cache = new Map<string, T>();
  return (input) => {
    const hit = cache.get(input);
    if (hit !== undefined || cache.has(input)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(input);
    cache.set(input, value);
    return value;
  };
}
