import type { SignalType } from "../model/signal";
import { headingsToldOnce } from "./signal-headings";
import { partnershipsToldOnce } from "./signal-partners";
import type { SiteSignal } from "./types";

/**
 * The events of a page, each once: an entry's heading and lead merged, a partnership told twice merged,
 * then the first `perType` of each type. Counted after merging, two sentences of one event never push
 * out a third event.
 */
export function eventsOnce(
  signals: readonly SiteSignal[],
  headline: string | undefined,
  isLead: (heading: SiteSignal, other: SiteSignal) => boolean,
  perType: number,
): SiteSignal[] {
  const counts = new Map<SignalType, number>();
  return partnershipsToldOnce(headingsToldOnce(signals, headline, isLead)).filter((signal) => {
    const count = (counts.get(signal.type) ?? 0) + 1;
    counts.set(signal.type, count);
    return count <= perType;
  });
}
