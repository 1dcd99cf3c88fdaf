import { detectRegion } from "./region";
import type { Language } from "./salutation";

export interface LanguageHints {
  location?: string;
  headline?: string;
  about?: string;
}

export interface LanguageChoice {
  language: Language;
  reason: "override" | "profile-language" | "location" | "default";
}

// Function words and job-title stems that are frequent in German profiles and rare in English ones.
const GERMAN_MARKERS =
  /\b(und|für|bei|mit|der|die|das|ich|wir|von|im|zur|zum|geschäftsführer(in)?|leiter(in)?|leitung|vertrieb|inhaber(in)?|gründer(in)?|bereichsleiter(in)?|mitarbeiter(in)?|kunden|unternehmen)\b/giu;
const ENGLISH_MARKERS = /\b(and|for|with|the|of|at|i|we|head|founder|manager|customers|company)\b/gi;

function count(pattern: RegExp, text: string): number {
  return text.match(pattern)?.length ?? 0;
}

/** "de" when the profile text reads German: umlauts and German words outnumber English ones. */
export function profileLanguage(text: string): Language | undefined {
  if (!text.trim()) return undefined;
  const german = count(GERMAN_MARKERS, text) + count(/[äöüß]/giu, text);
  const english = count(ENGLISH_MARKERS, text);
  if (german === 0 && english === 0) return undefined;
  return german > english ? "de" : "en";
}

/**
 * The language follows the prospect: an explicit override first, then the language the profile
 * is written in, then a German-speaking location, then the user's default.
 */
export function chooseLanguage(hints: LanguageHints, fallback: Language, override?: Language): LanguageChoice {
  if (override) return { language: override, reason: "override" };
  const written = profileLanguage([hints.headline, hints.about].filter(Boolean).join(" "));
  if (written === "de") return { language: "de", reason: "profile-language" };
  const region = detectRegion(hints.location);
  if (region.germanSpeaking === true) return { language: "de", reason: "location" };
  if (written === "en" || region.germanSpeaking === false)
    return { language: "en", reason: written ? "profile-language" : "location" };
  return { language: fallback, reason: "default" };
}
