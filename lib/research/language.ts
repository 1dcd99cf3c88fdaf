/** The page language: declared first, guessed from common words when nothing is declared. */

const stopwords: Record<string, RegExp> = {
  de: /\b(und|der|die|das|nicht|mit|für|wir|sie|ist|auf|ein|eine|zu|den|von)\b/gi,
  en: /\b(and|the|not|with|for|we|you|is|on|a|an|to|of|our|your)\b/gi,
};

export function detectLanguage(doc: Document, text: string, readabilityLang?: string | null): string | undefined {
  const declared =
    doc.documentElement.getAttribute("lang") ??
    readabilityLang ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content") ??
    doc.querySelector('meta[property="og:locale"]')?.getAttribute("content");
  return primarySubtag(declared) ?? guessLanguage(text);
}

function primarySubtag(tag: string | null | undefined): string | undefined {
  const match = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(tag ?? "");
  return match?.[1]?.toLowerCase();
}

/** German or English by stopword counts; undefined when the text is too short to tell. */
export function guessLanguage(text: string): string | undefined {
  const sample = text.slice(0, 20_000);
  const counts = Object.entries(stopwords).map(
    ([lang, pattern]) => [lang, sample.match(pattern)?.length ?? 0] as const,
  );
  counts.sort((a, b) => b[1] - a[1]);
  const [best, second] = counts;
  if (!best || best[1] < 5 || best[1] < (second?.[1] ?? 0) * 1.3) return undefined;
  return best[0];
}
