import { compactMoney } from "../i18n/compact-money";
import type { FundingRound } from "../model/company";
import { clipWording, type SignalWording } from "../model/signal";
import { mergeRounds, namedRound, onlyTotal, pastAmount, pastRound, sameRound } from "./funding";
import { withoutShortForms } from "./funding-asides";
import { fundingLeads } from "./funding-investors";
import { sentences } from "./text";
import type { SiteSignal } from "./types";
import { parseUrl } from "./url";

/**
 * A page's signals put together: one per round, with its investors and words, whichever sentences told
 * it; an earlier round told in passing dated by its own year; an event told in headline and lead once.
 */

/** Investors told further down ("A stepped up to lead the round") join the page's one round. */
export function withLaterInvestors(
  signals: SiteSignal[],
  investors: readonly string[],
  leads: readonly string[] = [],
): SiteSignal[] {
  const rounds = signals.filter((signal) => signal.funding);
  const [only] = rounds;
  if (rounds.length !== 1 || !only?.funding || investors.length === 0) return signals;
  const funding = withInvestors(only.funding, investors, hasLead(only.quote) ? [] : leads);
  return signals.map((signal) =>
    signal === only ? { ...signal, funding, ...fundingTold(funding, only.quote) } : signal,
  );
}

/** Whether the text read for a round already named who led it. */
export function hasLead(quote: string): boolean {
  return (
    /\blead|\bled\b|-led\b|führ|geleitet|leitung/i.test(quote) &&
    sentences(quote).some((told) => fundingLeads(told).length > 0)
  );
}

/**
 * "Kestrel raised $80M in May" and further down "Our Series B is led by Harbor Peak": one round told in
 * halves, its amount in one sentence and its name in another, both of the page's date.
 */
export function withHalvesJoined(signals: SiteSignal[]): SiteSignal[] {
  const rounds = signals.filter((signal) => signal.funding);
  const amount = rounds.find((signal) => signal.funding?.amount !== undefined && !namedRound(signal.funding.round));
  const name = rounds.find((signal) => signal.funding?.amount === undefined && namedRound(signal.funding?.round));
  if (rounds.length !== 2 || !amount?.funding || !name?.funding || amount.date !== name.date) return signals;
  // Who led the round goes first, whichever half named them.
  const named = name.funding.investors ?? [];
  const leadsFirst = !hasLead(amount.quote) && hasLead(name.quote);
  const funding = withInvestors({ ...amount.funding, round: name.funding.round }, named, leadsFirst ? named : []);
  const quote = `${amount.quote} ${name.quote}`;
  const joined = {
    ...amount,
    quote,
    funding,
    ...fundingTold(funding, quote),
  };
  return signals.flatMap((signal) => (signal === name ? [] : signal === amount ? [joined] : [signal]));
}

/** "This brings our total funding to $111M" tells no round of its own when the page names one with its amount. */
export function withoutTotals(signals: SiteSignal[]): SiteSignal[] {
  const isTotal = (signal: SiteSignal) => !signal.funding?.round && onlyTotal(signal.quote);
  const rounds = signals.filter((signal) => signal.funding?.amount !== undefined && !isTotal(signal));
  return rounds.length ? signals.filter((signal) => !signal.funding || !isTotal(signal)) : signals;
}

// The year an earlier round is placed in: "which raised €5M in 2021", "its seed round back in 2019".
const yearTold =
  /(?<![\p{L}])(?:in|back in|im(?: jahr)?|during|anfang|ende|mitte)\s+(?:(?:early|late|mid|spring|summer|fall|autumn|winter)\s+)?(19[89]\d|20\d\d)(?!\d)/giu;

/**
 * An earlier round the sentence tells of in passing, dated by the year it names, when the sentence
 * tells of no round of its own. Without a year (or with the page's own) its date is unknown: none.
 */
export function pastFunding(sentence: string, pageDate: string | undefined): FundingRound | undefined {
  const amount = pastAmount(sentence);
  const round = pastRound(sentence);
  if (!amount && !round) return undefined;
  const before = pageDate?.slice(0, 4) ?? String(new Date().getFullYear() + 1);
  const lastYear =
    pageDate && /(?<!(?:over|in|during|within) the )last year|letztes jahr|im vorjahr/i.test(sentence)
      ? String(Number(before) - 1)
      : undefined;
  const year =
    [...sentence.matchAll(yearTold)].map((match) => match[1] ?? "").find((told) => told < before) ?? lastYear;
  // Its investors are not told apart from the page's round's: none are kept.
  return year ? { round, amount: amount?.amount, currency: amount?.currency, date: year } : undefined;
}

/**
 * The round with investors named elsewhere added; a short form goes when its full name is known. Leads
 * named there go first, as the summary tells the first investor as the lead: callers pass them only
 * while the round has none.
 */
export function withInvestors(
  round: FundingRound,
  investors: readonly string[],
  leads: readonly string[] = [],
): FundingRound {
  const known = round.investors ?? [];
  const seen = new Set<string>();
  const names = [...leads, ...known, ...investors].filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const same = names.length === known.length && names.every((name, index) => name === known[index]);
  return same ? round : { ...round, investors: withoutShortForms(names) };
}

/**
 * How a round is told: the stored English summary and the wording other languages are told from.
 * Both name the same leads, read once from the quote.
 */
export function fundingTold(funding: FundingRound, quote: string): { summary: string; wording: SignalWording } {
  const leads = leadsOf(funding, quote);
  return { summary: fundingSummary(funding, leads, quote), wording: fundingWording(funding, leads) };
}

function fundingWording(funding: FundingRound, leads: readonly string[]): SignalWording {
  return {
    kind: "funding",
    round: funding.round && clipWording(funding.round),
    amount: funding.amount,
    currency: funding.currency,
    date: funding.date && /^\d{4}-\d{2}(?:-\d{2})?/.exec(funding.date)?.[0],
    investors: funding.investors?.slice(0, 10).map(clipWording),
    leadInvestors: leads.length ? leads.slice(0, 10).map(clipWording) : undefined,
  };
}

/** The investors the quote says led the round: those its lead phrases name, else the first (leads go first). */
function leadsOf(funding: FundingRound, quote: string): string[] {
  const investors = funding.investors ?? [];
  if (investors.length === 0 || !hasLead(quote)) return [];
  const told = new Set(
    sentences(quote).flatMap((sentence) => fundingLeads(sentence).map((name) => name.toLowerCase())),
  );
  const named = investors.filter((name) => told.has(name.toLowerCase()));
  return named.length ? named : investors.slice(0, 1);
}

function fundingSummary(funding: FundingRound, leads: readonly string[], quote: string): string {
  const amount =
    funding.amount !== undefined ? compactMoney(funding.amount, funding.currency ?? "USD", "en-US") : undefined;
  const parts = ["Funding", funding.round, amount, ...leadsAndOthers(funding.investors ?? [], leads)];
  return parts.filter(Boolean).join(" · ") || shorten(quote);
}

/** "led by A", "with B, C" when the quote names a lead; else "investors: A, B". */
function leadsAndOthers(investors: readonly string[], leads: readonly string[]): string[] {
  if (leads.length === 0) return investors.length ? [`investors: ${investors.join(", ")}`] : [];
  const others = investors.filter((name) => !leads.includes(name));
  return [`led by ${leads.join(", ")}`, ...(others.length ? [`with ${others.join(", ")}`] : [])];
}

/** One signal per quote; a round told in the headline and again in the text is one signal with both details. */
export function dedupe(signals: SiteSignal[]): SiteSignal[] {
  const kept: SiteSignal[] = [];
  for (const signal of signals) {
    // As in mergeRounds: the same amount, or the same round, is one round ("Finanzierungsrunde" in the headline, "Series A" below).
    const { funding: round } = signal;
    const index = kept.findIndex((known) =>
      round && known.funding
        ? sameRound(known.funding, round)
        : known.type === signal.type && known.quote === signal.quote,
    );
    const known = kept[index];
    if (!known) {
      kept.push(signal);
      continue;
    }
    if (!known.funding || !round) continue;
    const funding = mergeRounds([known.funding, round])[0] ?? known.funding;
    // The longer quote, unless it tells another amount than the round kept (the summary's).
    const told = round.amount === undefined || round.amount === funding.amount;
    const quote = told && signal.quote.length > known.quote.length ? signal.quote : known.quote;
    kept[index] = {
      ...known,
      quote,
      funding,
      ...fundingTold(funding, quote),
    };
  }
  return kept;
}

/** A quote short enough for a summary. */
export function shorten(text: string): string {
  return text.length <= 160 ? text : `${text.slice(0, 157)}…`;
}

/**
 * "Kestrel investiert 5 Millionen Euro in ein neues Werk", "Kestrel beteiligt sich an der Harbor GmbH": the
 * company spending or investing its own money raises none. Told with "investiert", "steckt" or "beteiligt sich" only,
 * the money goes into a project, or the page's own company (its host name) is the one investing.
 */
const investingVerb =
  /\b(?:investier(?:t|en|te|ten)|beteilig(?:t|en|te|ten) sich|steck(?:t|en|te|ten)|invest(?:s|ed)(?= (?:US)?[$€£\d]))\b/i;
// "invests $4M in Kestrel Labs": in English the money goes into a named company, else into the spender's own plans.
const intoNamed =
  /^\S+ (?:(?![Ii]n(?:to)? )[^,;]){1,30}[Ii]n(?:to)? (?!(?:Its|Their|Our|His|Her|A|An|New|Its Own)\b)\p{Lu}/u;
// The one investing named before the English verb, told once ("has invested $50M since 2015" is spending to date).
const investorBefore =
  /(?:^|[,;:–—]\s*)(?!(?:The|We|It|They|Our|Its|Customers|Clients|Users|Employees)\b)\p{Lu}[^,;]{0,60}$/u;
const spentOver =
  /^\S+ (?:(?!in )[^,;]){1,30}in \S+(?: \S+)? (?:over|since|during|across|this|last|products?|services?)\b/i;

/** "Northwind Ventures invests $4M in Kestrel Labs": an investor named before the verb puts money into a named firm. */
function investorInvests(quote: string, at: number): boolean {
  const before = quote.slice(0, at);
  if (/\b(?:has|have|had)\s+(?:\w+\s+)?$/i.test(before) || !investorBefore.test(before)) return false;
  const after = quote.slice(at);
  return intoNamed.test(after) && !spentOver.test(after);
}
const raisingVerb =
  /rais|secur|sichert|sammel|erhält|erhalten|erhielt|bekommt|holt|schlie(?:ß|ss)t|abgeschlossen|clos|finanzierungsrunde|runde\b/i;
const spentOn =
  /\b(?:in|an) (?:den|die|das|dem|der|ein\p{L}*|sein\p{L}*|ihr\p{L}*|unser\p{L}*) (?:\p{L}+e[nrs]? )?(?:ausbau|aufbau|entwicklung|werk|standort|produktion|forschung|infrastruktur|digitalisierung|expansion|wachstum|anlage\p{L}*|maschin\p{L}*|gebäude|erweiterung|modernisierung|neubau|rechenzentr\p{L}*|zentrale|lager|\p{L}*zentrum|fabrik|halle|projekt|technologie|energie\p{L}*|klimaschutz|nachhaltigkeit)\b/iu;

// "… in Unternehmen wie A und B investiert": an investor's own portfolio, told in its profile.
const intoOthers =
  /\b(?:in|into) (?:\p{L}+ ){0,2}(?:unternehmen|firmen|start-?ups|companies|businesses) (?:wie|such as|like|including)\b/iu;

export function investsOwnMoney(quote: string, sourceUrl: string): boolean {
  const verb = investingVerb.exec(quote);
  if (!verb || raisingVerb.test(quote)) return false;
  if (intoOthers.test(quote)) return true;
  if (spentOn.test(quote.slice(verb.index))) return true;
  if (/^invest(?:s|ed)$/i.test(verb[0]) && !investorInvests(quote, verb.index)) return true;
  const host = parseUrl(sourceUrl)
    ?.hostname.replace(/^www\./, "")
    .split(".")[0];
  return host !== undefined && host.length >= 3 && quote.slice(0, verb.index).toLowerCase().includes(host);
}
