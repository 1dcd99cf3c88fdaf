import { compactMoney } from "../i18n/compact-money";
import type { FundingRound } from "../model/company";
import { clipWording, type SignalType, type SignalWording } from "../model/signal";
import { fundingInvestors, fundingOf, mergeRounds } from "./funding";
import { joinedLines, sentences } from "./text";
import type { SiteJob, SiteSignal } from "./types";

/** Dated events worth mentioning in outreach, each with the sentence it came from. */

const patterns: readonly (readonly [SignalType, RegExp])[] = [
  [
    "funding",
    /\b(rais(?:e|es|ed|ing)|funding|finanzierung\w*|investment|investiert|series [a-h]|seed|round|runde|secures?d?|sichert sich|erhält|sammelt|closes?d?|kapital)\b/i,
  ],
  [
    "hiring",
    /\b(we'?re hiring|we are hiring|now hiring|join our team|wir stellen ein|wir suchen|suchen (?:\d+ )?(?:neue )?(?:kolleg|mitarbeit|talente)|verstärkung|open (?:positions|roles|jobs)|offene stellen|\d+ (?:open|new) (?:\w+ )?(?:roles|positions|jobs)|(?:is|are) hiring|hiring for|looking for (?:a|an|great|talented)|come work with us|komm in unser team)/i,
  ],
  [
    "product-launch",
    /\b(launch(?:es|ed|ing)?|introduc(?:es|ed|ing)|unveil(?:s|ed)?|now available|generally available|releas(?:es|ed)|startet|stellt .{1,60} vor|führt .{1,60} ein|neue[sn]? (?:produkt|feature|funktion|version|lösung)|brings? .{1,40} to market|(?:ab sofort|ab heute|jetzt) .{0,60}(?:verfügbar|erhältlich))\b/i,
  ],
  [
    "new-market",
    /(expand(?:s|ed|ing)? (?:in)?to|expansion (?:in)?to|enter(?:s|ed|ing)? the [\w\s-]{1,30} market|new office in|open(?:s|ed|ing)? (?:an? |its |our )?(?:new )?office|eröffne\w* .{1,40}(?:büro|standort|niederlassung)|neue[sn]? (?:büro|standort|niederlassung) in|expandier\w* .{0,40}nach|markteintritt|neuen markt)/i,
  ],
  [
    "leadership-change",
    /(appoint(?:s|ed|ment)|\b(?:names?|welcomes?|hires?|hired) .{1,40} as (?:our |its )?(?:new )?(?:c[a-z]o|chief|vp|head|managing)\b|joins? (?:us |the company )?as (?:c[a-z]o|chief|vp|head|managing)\b|new (?:c[a-z]o|chief \w+ officer)\b|promoted to|ernennt|neue[rn]? (?:geschäftsführer\w*|c[a-z]o\b|chief \w+ officer|vorstand\w*)|übernimmt die (?:leitung|geschäftsführung)|steps? down)/i,
  ],
  [
    "partnership",
    /(partner(?:s|ed)? with|partnership with|strategic partnership|teams? up with|kooperation mit|kooperier\w* (?:\S+ ){0,3}mit|partnerschaft mit|arbeitet .{1,40} zusammen|strategic alliance)/i,
  ],
];

const perType = 3;
const fundingVerb =
  /\b(rais(?:e|es|ed|ing)|secur(?:e|es|ed)|clos(?:e|es|ed)|sichert|sammelt|erhält|erhalten|abgeschlossen|announc\w*|led by|co-led|angeführt|completes?d?|bekannt|investment of|investiert|funding round|finanzierungsrunde)\b/i;
const notFunding = /valuation|bewertung|revenue|umsatz|customers? (?:raised|funding)/i;

/** Signals in the page's title and main text; the date is the page's publication date. */
export function extractSignals(
  lines: readonly string[],
  sourceUrl: string,
  date?: string,
  title?: string,
): SiteSignal[] {
  const text = joinedLines(lines);
  // Each sentence is part of the text: a pattern the whole text lacks is ruled out for all of them at once.
  const present = patterns.filter(([, pattern]) => pattern.test(text) || (title !== undefined && pattern.test(title)));
  if (present.length === 0) return [];
  const all = [...(title ? [title] : []), ...sentences(text)];
  const signals: SiteSignal[] = [];
  for (const [index, sentence] of all.entries()) {
    if (sentence.length < 12 || sentence.length > 500) continue;
    for (const [type, pattern] of present) {
      const found = pattern.test(sentence) ? toSignal(type, sentence, sourceUrl, date) : undefined;
      const signal = found && withInvestorsAfter(found, all.slice(index + 1, index + 1 + investorReach));
      if (signal && signals.filter((known) => known.type === type).length < perType) signals.push(signal);
    }
  }
  return dedupe(signals);
}

/** How many sentences after a round may name its investors ("Angeführt wird die Runde von …"). */
const investorReach = 2;

/**
 * A round without investors takes them from one of the next sentences that names some, unless a
 * sentence about another round comes first; that sentence joins the quote, so the source shows them.
 */
function withInvestorsAfter(signal: SiteSignal, following: readonly string[]): SiteSignal {
  const { funding } = signal;
  if (!funding || funding.investors?.length) return signal;
  for (const sentence of following) {
    const next = fundingOf(sentence);
    if (next?.amount !== undefined || (next?.round && next.round !== funding.round)) return signal;
    const investors = fundingInvestors(sentence);
    if (investors.length === 0) continue;
    const withInvestors = { ...funding, investors };
    const quote = `${signal.quote} ${sentence}`;
    return {
      ...signal,
      quote,
      funding: withInvestors,
      summary: fundingSummary(withInvestors, quote),
      wording: fundingWording(withInvestors),
    };
  }
  return signal;
}

function toSignal(type: SignalType, quote: string, sourceUrl: string, date?: string): SiteSignal | undefined {
  if (type !== "funding") return { type, summary: shorten(quote), quote, date, sourceUrl };
  const funding = fundingOf(quote, date);
  // A sentence about valuation or revenue mentions money without being a round.
  // A round named in passing ("led Atlassian's Series A in 2010") or a valuation is not news of this company.
  if (
    !funding ||
    !fundingVerb.test(quote) ||
    (notFunding.test(quote) && !/rais|secur|sichert|sammelt|erhält/i.test(quote))
  ) {
    return undefined;
  }
  return {
    type,
    summary: fundingSummary(funding, quote),
    quote,
    date,
    sourceUrl,
    funding,
    wording: fundingWording(funding),
  };
}

function fundingWording(funding: FundingRound): SignalWording {
  return {
    kind: "funding",
    round: funding.round && clipWording(funding.round),
    amount: funding.amount,
    currency: funding.currency,
    date: funding.date && /^\d{4}-\d{2}(?:-\d{2})?/.exec(funding.date)?.[0],
    investors: funding.investors?.slice(0, 10).map(clipWording),
  };
}

function fundingSummary(funding: FundingRound, quote: string): string {
  const amount =
    funding.amount !== undefined ? compactMoney(funding.amount, funding.currency ?? "USD", "en-US") : undefined;
  const parts = [
    "Funding",
    funding.round,
    amount,
    funding.investors?.length ? `led by ${funding.investors[0]}` : undefined,
  ];
  return parts.filter(Boolean).join(" · ") || shorten(quote);
}

/** A hiring signal from the jobs found on the page, when there are any. */
export function hiringFromJobs(jobs: readonly SiteJob[], sourceUrl: string): SiteSignal | undefined {
  if (!jobs.length) return undefined;
  const titles = jobs.slice(0, 5).map((job) => job.title);
  const summary = `Hiring: ${jobs.length} open ${jobs.length === 1 ? "role" : "roles"}`;
  const wording: SignalWording = { kind: "hiring", openJobs: jobs.length, titles: titles.map(clipWording) };
  return { type: "hiring", summary, quote: titles.join("; "), sourceUrl, wording };
}

function shorten(text: string): string {
  return text.length <= 160 ? text : `${text.slice(0, 157)}…`;
}

/** One signal per quote; a round told in the headline and again in the text is one signal with both details. */
function dedupe(signals: SiteSignal[]): SiteSignal[] {
  const kept = new Map<string, SiteSignal>();
  for (const signal of signals) {
    // As in mergeRounds: the same amount is the same round ("Finanzierungsrunde" in the headline, "Series A" below).
    const { funding: round } = signal;
    const key = round
      ? `funding|${round.amount !== undefined ? `${round.amount} ${round.currency}` : round.round}`
      : `${signal.type}|${signal.quote}`;
    const known = kept.get(key);
    if (!known?.funding || !signal.funding) {
      if (!known) kept.set(key, signal);
      continue;
    }
    const funding = mergeRounds([known.funding, signal.funding])[0] ?? known.funding;
    const quote = signal.quote.length > known.quote.length ? signal.quote : known.quote;
    kept.set(key, {
      ...known,
      quote,
      funding,
      summary: fundingSummary(funding, quote),
      wording: fundingWording(funding),
    });
  }
  return [...kept.values()];
}
