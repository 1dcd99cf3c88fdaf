import type { SiteSignal } from "./types";

/**
 * A hiring signal that is only a call-out ("Wir stellen ein!", "Open positions") tells a user no
 * more than that the company hires. Where the site also tells what it hires (a job count, a role, a
 * sentence), the call-outs are noise beside it; where it tells nothing more, the call-out is kept.
 */
export function withoutBareHiring(signals: readonly SiteSignal[]): SiteSignal[] {
  if (!signals.some((signal) => signal.type === "hiring" && !isBareHiring(signal))) return [...signals];
  return signals.filter((signal) => !isBareHiring(signal));
}

// A call-out is a few words without a number; a sentence that names roles or counts is longer.
const maxCallOutWords = 4;

function isBareHiring(signal: SiteSignal): boolean {
  if (signal.type !== "hiring" || signal.wording || /\d/.test(signal.quote)) return false;
  return signal.quote.split(/\s+/).filter(Boolean).length <= maxCallOutWords || pointsToList.test(signal.quote);
}

// A sentence that only points to the list ("We list our open roles on our job board", "Alle offenen
// Stellen findest du auf unserer Karriereseite") is a link in words: it names no role, count or place.
const pointsToList =
  /^(?:(?:we|you(?:'ll)?|du|sie|ihr)\s+(?:list|post|publish|find|can find|will find|finden?|findest|findet)|(?:see|view|browse|check out)\s+(?:all|our)|(?:alle|unsere)\s+(?:offenen\s+)?stellen(?:angebote)?\s+(?:findest|finden|findet|gibt))\b[^.!?]*?(?:job board|careers? (?:page|site)|jobs? page|karriereseite|jobportal|stellenbörse|below|unten|hier|here)\b[^.!?]*[.!?]?$/i;
