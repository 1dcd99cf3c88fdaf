import type { SiteSignal } from "./types";

/**
 * A press release tells its event in the headline and again in the lead ("Kestrel Launches Lanes" above
 * "Kestrel today released Lanes, …"): one signal. So does each entry of a news list, its heading above its
 * lead, and a quote further down that tells it a third time. The heading stays the summary, being the event
 * in brief; the lead joins the quote for its details, as a round's sentences do. A heading without a date
 * takes the lead's (the date line may stand in the lead: "Feb. 24, 2020 – Kestrel today announced …").
 * On a news list the sentence right after an entry's heading is its lead, whatever its words: "Kestrel wird
 * Entwicklungspartner der Harbor AG" above "Im Mai wurde Kestrel Entwicklungspartner des Harbor-Konzerns."
 */
export function headingsToldOnce(
  signals: readonly SiteSignal[],
  headline: string | undefined,
  isLead: (heading: SiteSignal, other: SiteSignal) => boolean = () => false,
): SiteSignal[] {
  const merged = new Map<SiteSignal, SiteSignal>();
  const dropped = new Set<SiteSignal>();
  for (const [index, heading] of signals.entries()) {
    if (dropped.has(heading) || !isHeading(heading, headline)) continue;
    let kept = heading;
    for (const other of signals.slice(index + 1)) {
      if (other.type !== heading.type || dropped.has(other)) continue;
      // The next entry's heading of the same kind opens another event.
      if (isHeading(other, headline)) break;
      if (!sameDay(kept.date, other.date) || !(isLead(heading, other) || sameEvent(heading.quote, other.quote)))
        continue;
      if (kept === heading) kept = { ...heading, quote: joinQuote(heading.quote, other.quote) };
      kept = { ...kept, date: kept.date ?? other.date };
      dropped.add(other);
    }
    merged.set(heading, kept);
  }
  return signals.flatMap((signal) => (dropped.has(signal) ? [] : [merged.get(signal) ?? signal]));
}

const headingLength = 160;

/** The page's headline, or a line without a full stop that heads an entry. Hiring is the page's state, no event. */
function isHeading(signal: SiteSignal, headline: string | undefined): boolean {
  if (signal.type === "hiring" || signal.funding) return false;
  return signal.quote === headline || (signal.quote.length <= headingLength && !/[.!?:;…"“”]$/.test(signal.quote));
}

function joinQuote(heading: string, lead: string): string {
  return /[.!?:;…]$/.test(heading) ? `${heading} ${lead}` : `${heading}. ${lead}`;
}

const week = 7 * 24 * 60 * 60 * 1000;

/**
 * Dates of one event: either unknown, one a month or year holding the other, or days apart (a release
 * dated the day after its event).
 */
export function sameDay(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a.startsWith(b) || b.startsWith(a)) return true;
  const apart = Math.abs(Date.parse(a) - Date.parse(b));
  return a.length === 10 && b.length === 10 && apart <= week;
}

// Words that tell the kind of event or join a sentence, not which event it is (shorter ones are never compared).
const eventWord =
  /^(?:launch\p{L}*|releas\p{L}*|introduc\p{L}*|unveil\p{L}*|announc\p{L}*|\p{L}*partner\p{L}*|today|heute|with|from|that|this|their|into|about|will|have|been|which|also|neue\p{L}*|wird|wurde|sind)$/u;

/** Two sentences of one event share at least two words besides the headline's first (the company, mostly). */
function sameEvent(headline: string, sentence: string): boolean {
  const words = (text: string) =>
    (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => !eventWord.test(word));
  const [subject, ...told] = words(headline);
  const again = new Set(words(sentence));
  return told.filter((word) => word !== subject && again.has(word)).length >= 2;
}
