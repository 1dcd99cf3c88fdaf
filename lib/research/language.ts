/** The page language: declared first, guessed from common words when nothing is declared. */

const stopwords: Record<string, RegExp> = {
  de: /\b(und|der|die|das|nicht|mit|für|wir|sie|ist|auf|ein|eine|zu|den|von)\b/gi,
  en: /\b(and|the|not|with|for|we|you|is|on|a|an|to|of|our|your)\b/gi,
};

export function detectLanguage(doc: Document, text: string, readabilityLang?: string | null): string | undefined {
  const declared =
    primarySubtag(doc.documentElement.getAttribute("lang")) ??
    primarySubtag(readabilityLang) ??
    primarySubtag(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content")) ??
    primarySubtag(doc.querySelector('meta[property="og:locale"]')?.getAttribute("content"));
  if (!declared) return guessLanguage(text);
  // A theme's default lang="en-US" on German text, or a translated page that kept the original's
  // attribute: German and English text that clearly says otherwise wins over the declaration.
  if (declared !== "de" && declared !== "en") return declared;
  const evident = guessLanguage(text, { sample: 5_000, least: 12, ratio: 3 });
  return evident ?? declared;
}

/** "de-DE" → "de", "en_US" → "en", "de, en" → "de"; empty or malformed → undefined. */
function primarySubtag(tag: string | null | undefined): string | undefined {
  const match = /^\s*([a-z]{2,3})(?:[-_,;\s]|$)/i.exec(tag ?? "");
  return match?.[1]?.toLowerCase();
}

/** How sure a guess must be: the text read, the fewest common words, how many times the runner-up's. */
interface Certainty {
  sample: number;
  least: number;
  ratio: number;
}

/** German or English by stopword counts; undefined when the text is too short to tell. */
export function guessLanguage(
  text: string,
  { sample, least, ratio }: Certainty = { sample: 20_000, least: 5, ratio: 1.3 },
): string | undefined {
  const read = text.slice(0, sample);
  const counts = Object.entries(stopwords).map(([lang, pattern]) => [lang, read.match(pattern)?.length ?? 0] as const);
  counts.sort((a, b) => b[1] - a[1]);
  const [best, second] = counts;
  if (!best || best[1] < least || best[1] < (second?.[1] ?? 0) * ratio) return undefined;
  return best[0];
}
