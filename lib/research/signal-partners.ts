import { sameDay } from "./signal-headings";
import type { SiteSignal } from "./types";

/**
 * One partnership is often told twice with the names turned round: "Kestrel partners with Harbor Freight"
 * and further down "Harbor Freight and Kestrel partner on …". The partner a sentence names is the one the
 * other sentence names too; two partners, each named by only one sentence, are two partnerships.
 */

// A name as written: capitalised words ("Ostra Freight", "Harbor & Co."), after an article left out.
const name = String.raw`\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\d&.'’-]*){0,3}`;
// "partners with B", "a strategic partnership with B", "Kooperation mit der B AG", "teams up with B".
const withPartner = new RegExp(
  String.raw`(?:[Pp]artner(?:s|ed|ing|ship)?|[Cc]ollaborat\p{L}*|[Tt]eam(?:s|ed)? up|[Aa]lliance|[Kk]ooperation|[Kk]ooperier\p{L}*|[Pp]artnerschaft|[Zz]usammenarbeit)\s+(?:\p{Ll}+\s+){0,2}?(?:with|mit)\s+(?:(?:the|der|die|dem|den)\s+)?(${name})`,
  "gu",
);
// "A and B partner on …", "A und B kooperieren": both are partners.
const pairPartners = new RegExp(
  String.raw`(${name})\s+(?:and|und|&)\s+(${name})\s+(?:[Pp]artner|[Tt]eam|[Jj]oin|[Aa]nnounce|[Kk]ooperier|[Vv]ereinbar|[Ss]chließ|[Bb]ündel)`,
  "u",
);
const legalForm = /\s+(?:GmbH|AG|SE|KG|Inc\.?|Ltd\.?|LLC|Corp\.?|Co\.?|plc)$/u;
const articleFirst = /^(?:The|Die|Der|Das)\s+/u;

function cleaned(found: string): string {
  return found.replace(articleFirst, "").replace(legalForm, "").trim().toLowerCase();
}

/** The partners a sentence names: those after "with", or both of a pair; each must be named by the other sentence. */
function partnersOf(quote: string): { withNamed: string[]; pair: string[] } {
  const withNamed = Array.from(quote.matchAll(withPartner), (match) => cleaned(match[1] ?? "")).filter(
    (found) => found.length >= 3,
  );
  const pair = pairPartners.exec(quote);
  return { withNamed, pair: pair ? [cleaned(pair[1] ?? ""), cleaned(pair[2] ?? "")] : [] };
}

function namesSame(a: SiteSignal, b: SiteSignal): boolean {
  const [first, second] = [partnersOf(a.quote), partnersOf(b.quote)];
  const [aText, bText] = [a.quote.toLowerCase(), b.quote.toLowerCase()];
  const named = (partners: string[], text: string) => partners.length > 0 && partners.every((p) => text.includes(p));
  return (
    first.withNamed.some((partner) => bText.includes(partner)) ||
    second.withNamed.some((partner) => aText.includes(partner)) ||
    named(first.pair, bText) ||
    named(second.pair, aText)
  );
}

/** Partnerships of one partner and day told once: the first telling stays, dated by either. */
export function partnershipsToldOnce(signals: readonly SiteSignal[]): SiteSignal[] {
  const kept: SiteSignal[] = [];
  for (const signal of signals) {
    const index =
      signal.type === "partnership"
        ? kept.findIndex(
            (known) => known.type === "partnership" && sameDay(known.date, signal.date) && namesSame(known, signal),
          )
        : -1;
    const known = kept[index];
    if (known) kept[index] = { ...known, date: known.date ?? signal.date };
    else kept.push(signal);
  }
  return kept;
}
