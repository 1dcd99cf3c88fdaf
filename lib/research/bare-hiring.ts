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
  if (signal.type !== "hiring" || signal.wording) return false;
  const words = signal.quote.split(/\s+/).filter(Boolean);
  return words.length <= maxCallOutWords && !/\d/.test(signal.quote);
}
