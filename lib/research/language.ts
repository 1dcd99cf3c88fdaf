/** The page language: declared first, guessed from common words when nothing is declared or the text says otherwise. */

// Short words each language uses all the time and the others rarely; German and English are the
// languages read most, the others are here so that their pages are not taken for German or English.
const commonWords: Record<string, string> = {
  de: "und|der|die|das|nicht|mit|für|wir|sie|ist|auf|ein|eine|zu|den|von|dem|des|im|am|zum|zur|auch|oder|bei|nach|über|durch|gemäß|sind|wird|werden|sich|unser|unsere|ihr|ihre",
  en: "and|the|not|with|for|we|you|is|on|a|an|to|of|our|your|are|this|that|from|by|at|be|it|or|can",
  fr: "le|la|les|des|du|et|est|une|pour|dans|qui|sur|avec|pas|nous|vous|sont|aux|ce|cette|ou",
  es: "el|los|las|del|y|que|una|por|con|para|es|se|como|más|pero|sus|nuestro|nuestra|está",
  it: "il|lo|gli|della|di|che|è|per|non|sono|nel|alla|anche|delle|dei|questo",
  nl: "het|een|van|dat|niet|voor|met|zijn|wij|ook|aan|naar|bij|onze|deze|worden",
  pt: "os|um|uma|não|com|do|da|dos|das|em|mais|nossa|nosso|são|você",
};

// Each common word with the languages it counts for.
const languagesOfWord = new Map<string, string[]>();
for (const [lang, words] of Object.entries(commonWords)) {
  for (const word of words.split("|")) languagesOfWord.set(word, [...(languagesOfWord.get(word) ?? []), lang]);
}
// Any common word as a whole word, umlauts ("für", "è") counted as letters: one native scan finds
// them all, and only the words found become strings (most words of a text are not common ones).
const anyCommonWord = new RegExp(`(?<!\\p{L})(?:${[...languagesOfWord.keys()].join("|")})(?!\\p{L})`, "giu");

export function detectLanguage(doc: Document, text: string, readabilityLang?: string | null): string | undefined {
  const declared =
    primarySubtag(doc.documentElement.getAttribute("lang")) ??
    primarySubtag(readabilityLang) ??
    primarySubtag(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content")) ??
    primarySubtag(doc.querySelector('meta[property="og:locale"]')?.getAttribute("content"));
  if (!declared) return guessLanguage(text);
  // A theme's default lang="en-US" on German text, or a translated page that kept the original's
  // attribute: text that clearly says otherwise wins over the declaration.
  return evidentLanguage(text) ?? declared;
}

/** "de-DE" → "de", "en_US" → "en", "de, en" → "de"; empty or malformed → undefined. */
function primarySubtag(tag: string | null | undefined): string | undefined {
  const match = /^\s*([a-z]{2,3})(?:[-_,;\s]|$)/i.exec(tag ?? "");
  return match?.[1]?.toLowerCase();
}

// Below this many words a text is short: a legal notice of a few lines.
const shortText = 150;

/**
 * The language the text is plainly in: many common words of it and few of any other, or, in a
 * short text, a few of it and none of any other ("Angaben gemäß § 5 TMG … Vertreten durch").
 */
function evidentLanguage(text: string): string | undefined {
  const read = text.slice(0, 5_000);
  const [best, second] = counts(read);
  if (!best) return undefined;
  if (best[1] >= 12 && best[1] >= (second?.[1] ?? 0) * 3) return best[0];
  if (best[1] < 2 || second?.[1]) return undefined;
  return (read.match(/\S+/g)?.length ?? 0) < shortText ? best[0] : undefined;
}

/** How sure a guess must be: the text read, the fewest common words, how many times the runner-up's. */
interface Certainty {
  sample: number;
  least: number;
  ratio: number;
}

/** The language by common-word counts; undefined when the text is too short to tell. */
export function guessLanguage(
  text: string,
  { sample, least, ratio }: Certainty = { sample: 20_000, least: 5, ratio: 1.3 },
): string | undefined {
  const [best, second] = counts(text.slice(0, sample));
  if (!best || best[1] < least || best[1] < (second?.[1] ?? 0) * ratio) return undefined;
  return best[0];
}

/** Common-word counts per language, highest first. */
function counts(text: string): (readonly [string, number])[] {
  const found = new Map<string, number>(Object.keys(commonWords).map((lang) => [lang, 0]));
  for (const [word] of text.matchAll(anyCommonWord)) {
    // A word in capitals is a code or an acronym as often as a word ("CHE-123.456.789", "DAS", "IT").
    if (word.length > 1 && word === word.toUpperCase()) continue;
    for (const lang of languagesOfWord.get(word.toLowerCase()) ?? []) found.set(lang, (found.get(lang) ?? 0) + 1);
  }
  return [...found].sort((a, b) => b[1] - a[1]);
}
