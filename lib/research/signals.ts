import { hiringFunctions, hiringInEnglish } from "../i18n/hiring-text";
import type { FundingRound } from "../model/company";
import { clipWording, type SignalType, type SignalWording } from "../model/signal";
import { addressDate } from "./dates";
import { earlierOnly, fundingInvestors, fundingOf, mergeRounds, moreSpecific, namedRound, sameRound } from "./funding";
import { fundingLeads, investorLine, opensInvestorList } from "./funding-investors";
import { winning, withoutPurchasePurpose } from "./signal-acquisitions";
import { dateLines, eventDate, withDatesJoined } from "./signal-dates";
import { entryDates, headlineRepeats } from "./signal-entries";
import { eventsOnce } from "./signal-events";
import { marketLaunch } from "./signal-places";
import { isEvent, type ProseType, prosePatterns, typesOnPage } from "./signal-prose";
import { firmsNamed } from "./signal-purchases";
import {
  dedupe,
  fundingTold,
  hasLead,
  investsOwnMoney,
  pastFunding,
  shorten,
  withHalvesJoined,
  withInvestors,
  withLaterInvestors,
  withoutTotals,
} from "./signal-rounds";
import { joinedLines, sentences } from "./text";
import type { SiteJob, SiteSignal } from "./types";

/** Dated events worth mentioning in outreach, each with the sentence it came from. */

const fundingPattern =
  /\b(rais(?:e|es|ed|ing)|funding|finanzierung\w*|investment|investiert|invest(?:s|ed)(?= (?:US)?[$€£\d])|series [a-h]|seed|round|runde|secures?d?|sichert sich|erhält|(?:einge|ge)?sammelt|holt|schlie(?:ß|ss)t|bekommt|receive[sd]?|closes?d?|kapital|investitionsrunde|investmentrunde|beteilig(?:t|en|ten) sich|(?:pump|steck)(?:t|en)|investoren|investors)\b/i;
const patterns: readonly (readonly [SignalType, RegExp])[] = [["funding", fundingPattern], ...prosePatterns];

const perType = 3;
// Sentences read per type before one event's are merged (the cap is on events); a bound keeps big pages cheap.
const gatheredPerType = perType * 4;
const fundingVerb =
  /\b(rais(?:e|es|ed|ing)|secur(?:e|es|ed)|clos(?:e|es|ed|ing)|(?:ge)?sichert|(?:einge|ge)?sammelt|erhält|erhalten|erhielt|bekommt|holt|schlie(?:ß|ss)t|abgeschlossen|announc\w*|led by|co-led|angeführt|completes?d?|bekannt|investment (?:of|from)|investiert|investieren|invest(?:s|ed)(?= (?:US)?[$€£\d])|beteilig(?:t|en|ten) sich|(?:pump|steck)(?:t|en)|receive[sd]?|funding round|finanzierungsrunde)\b/i;
const moneyTalk = /valuation|bewertung|revenue|umsatz/i;
/** A contract won or a company bought is not a round, unless one is named. */
const notMoneyRaised = new RegExp(
  `(?<![\\p{L}])(?:auftrag\\p{L}*|contracts?|${winning}acqui(?:res?|red|sition)|übernahme|übernimmt|übernommen|merger|fusion)(?![\\p{L}])`,
  "iu",
);
/** Rounds of others: a customer's, a portfolio company's, a rival's, one the page's company helped raise or invested in. */
const othersRound =
  /^(?:our|unser\w*) (?:customers?|clients?|kunden?|mandant\w*)\b|\b(?:our|unser\w*) portfolio[- ]?(?:compan\w*|unternehmen|startups?)\b|\bcustomers? (?:raised|funding)|\bhelp(?:s|ed|ing)? (?!us\b)(?:[\w'’-]+ ){1,4}(?:to )?raise\b|\b(?:mit unserer|with our) (?:hilfe|unterstützung|help|support)\b|\bwe(?: have)? (?:led|co-led)\b|\b(?:thrilled|excited|proud|happy) to (?:lead|co-lead|back|invest in|participate)\b|\bour investment in\b|\b(?:meanwhile|similarly|likewise|rivals?|competitors?|konkurrent\w*|wettbewerber\w*|just last (?:week|month))\b/i;

/** Rounds explained in general ("Typically, startups raise …", "Die Series A ist die erste …"), not news of one. */
const generalStatement =
  /\b(?:typical(?:ly)?|usually|on average|almost always|generally|in der regel|typischerweise|üblicherweise|durchschnittlich|fast immer|meistens|häufig|grundsätzlich|between [$€£][\d.,]+|between [\d.,]+ and [\d.,]+ (?:million|thousand)|zwischen [$€£]?[\d.,]+ (?:\p{L}+ )?(?:und|bis) [$€£]?[\d.,]+ ?(?:mio|millionen|tausend|tsd|€|euro|dollar|us-dollar|chf))(?![\p{L}])|\b(?:startups|start-ups|founders|gründer(?:innen)?|companies) (?:raise|sammeln|erhalten|bekommen)\b|\b(?:sammeln|erhalten|bekommen) (?:startups|start-ups|gründer(?:innen)?)\b|^(?:eine?|die|der|das|a|an|the) [\p{L}-]*?(?:seed|series|serie)[\p{L}-]*(?: [a-h])?(?: \p{L}+)? (?:ist|is|bezeichnet|describes|refers|dient|serves|folgt|follows|means|bedeutet) (?!(?:led|co-led|being|backed|angeführt|geleitet)\b)/iu;

/**
 * A company that says it takes no rounds ("nicht von der nächsten Finanzierungsrunde", "without outside
 * funding", "bootstrapped") tells of no round: congratulating it on one would be the worst opener.
 */
const noRound =
  /(?<![\p{L}])(?:nicht(?! nur)|kein\p{L}*|ohne|never|not(?! only| just)|no|without)\s+(?:[\p{L}-]+\s+){0,3}?(?:finanzierungsrunde\p{L}*|risikokapital|investor\p{L}*|vc|venture[- ]capital|(?:outside |external |venture )?(?:funding|capital)|rounds?|runden?)(?![\p{L}])|bootstrapp\p{L}*|(?<![\p{L}])(?:nicht |un)rundenfinanziert/iu;

/** Signals in the page's title and main text; the date is the page's publication date. */
export function extractSignals(
  lines: readonly string[],
  sourceUrl: string,
  published?: string,
  title?: string,
): SiteSignal[] {
  // A post's address may be all that dates it ("/blog/2025/03/12/…").
  const date = published ?? addressDate(sourceUrl);
  const text = joinedLines(lines);
  const onPage = typesOnPage(sourceUrl);
  // Each sentence is part of the text: a pattern the whole text lacks is ruled out for all of them at once.
  const present = patterns.filter(
    ([type, pattern]) =>
      (type === "funding" || onPage(type)) && (pattern.test(text) || (title !== undefined && pattern.test(title))),
  );
  if (present.length === 0) return [];
  const all = [...(title && !headlineRepeats(title, text) ? [title] : []), ...sentences(text)];
  const prose = withDatesJoined(all);
  // On a changelog or a news list each entry has its date: the page's holds only above the first.
  const entries = entryDates(lines, sourceUrl, title, date);
  const signals: SiteSignal[] = [];
  // Which sentence told each event: on a news list the sentence right after an entry's heading is its lead.
  const toldAt = new Map<SiteSignal, number>();
  // Names with a legal form, read once and only when a purchase is worded: "Kestrel übernimmt Harbor" names one.
  let firms: Set<string> | undefined;
  const firmsOf = () => {
    firms ??= firmsNamed(title ? `${title}\n${text}` : text);
    return firms;
  };
  // Sentences a round took its investors from are part of that round, not rounds of their own.
  let readUntil = -1;
  const laterInvestors: string[] = [];
  const laterLeads: string[] = [];
  for (const [index, sentence] of all.entries()) {
    for (const [type, pattern] of present) {
      if (type === "funding" && index <= readUntil) continue;
      // Once a round is known, the total so far or an earlier round ("In 2020 we raised $2m overall") is none.
      if (
        type === "funding" &&
        signals.some((known) => known.funding) &&
        (earlierOnly(sentence) || earlierYear(sentence, date))
      )
        continue;
      const told = type === "funding" ? sentence : prose[index];
      if (!told || told.length < 12 || told.length > 500 || !pattern.test(told)) continue;
      const gathered = type === "funding" ? perType : gatheredPerType;
      if (signals.filter((known) => known.type === type).length >= gathered) continue;
      const entry = entries?.(sentence);
      if (entry?.old) continue;
      const pageDate = entry?.date ?? date;
      if (type !== "funding") {
        const event = proseSignal(
          type,
          told,
          sourceUrl,
          eventDate(told, pageDate, () => dateLines(lines, sentence)),
          type === "acquisition" ? firmsOf() : undefined,
        );
        if (event) {
          signals.push(event);
          toldAt.set(event, index);
        }
        continue;
      }
      // Without a page date, a round is dated as other events: by its sentence, else the date line above it.
      const dated = pageDate ?? eventDate(sentence, undefined, () => dateLines(lines, sentence));
      const found = fundingSignal(sentence, sourceUrl, dated);
      if (!found) {
        const named = investorsOfTheRound(sentence);
        laterInvestors.push(...named);
        if (named.length) laterLeads.push(...fundingLeads(sentence));
        continue;
      }
      // An earlier round told in passing has a date of its own; the sentences after it tell of the page's round.
      if (found.date !== dated) {
        signals.push(found);
        continue;
      }
      const { signal, read } = withFollowUps(found, all.slice(index + 1, index + 1 + lookAhead));
      readUntil = Math.max(readUntil, index + read);
      signals.push(signal);
    }
  }
  const rounds = withLaterInvestors(withHalvesJoined(withoutTotals(dedupe(signals))), laterInvestors, laterLeads);
  const isLead = (heading: SiteSignal, other: SiteSignal) =>
    entries !== undefined && toldAt.get(other) === (toldAt.get(heading) ?? -2) + 1;
  return eventsOnce(rounds, all[0], isLead, perType);
}

/** "Auch Quillon erhielt 2013 ein Investment …": a round of a year before the page's is told in passing. */
function earlierYear(sentence: string, date: string | undefined): boolean {
  const named = /\b(?:19|20)\d{2}\b/.exec(sentence)?.[0];
  if (!named || !date || /\b(?:founded|gegründet|since|seit|now|nun|jetzt|today|heute)\b/i.test(sentence)) return false;
  return Number(named) < Number(date.slice(0, 4));
}

/** "The round", "die Runde": a sentence naming investors of the page's round without telling it again. */
const ofTheRound =
  /\b(?:the|this|our|die|diese|unsere) (?:\p{L}+ ){0,2}(?:round|financing|runde|finanzierung(?:srunde)?)\b|\b(?:zu den|among the) (?:\p{L}+ ){0,2}(?:investoren|investors|geldgebern|backers) (?:gehören|zählen|are)\b|\b(?:der|das|die) (?:finanzierungsbeitrag|geld|kapital|mittel) stamm(?:t|en)\b/iu;

function investorsOfTheRound(sentence: string): string[] {
  // "Norwind (who led our Series A)": a round named in brackets tells of the investor, not of a round.
  const told = sentence.replace(/\([^)]*\)/g, "");
  if (!ofTheRound.test(told) || othersRound.test(told) || fundingOf(told)) return [];
  return fundingInvestors(sentence);
}

/** An event other than a round, when the sentence tells one and not copy that uses its words. */
function proseSignal(
  type: ProseType,
  quote: string,
  sourceUrl: string,
  date?: string,
  firms?: ReadonlySet<string>,
): SiteSignal | undefined {
  if (!isEvent(type, quote, firms) || (type === "product-launch" && marketLaunch(quote))) return undefined;
  return { type, summary: shorten(quote), quote, date, sourceUrl };
}

/** How many sentences after a round may tell more of it; short lines (a date, "TL;DR") do not count. */
const investorReach = 2;
const shortLine = 30;
const lookAhead = 12;

/**
 * The next sentences may go on about the round: name its investors ("The round also saw participation
 * from …"), list them one a line after a colon, or name the round a headline left out ("The Series A was
 * led by …"). A sentence with another amount or round ends that. The sentences read join the quote, so
 * the source shows what was read.
 */
function withFollowUps(signal: SiteSignal, following: readonly string[]): { signal: SiteSignal; read: number } {
  const { funding } = signal;
  if (!funding) return { signal, read: 0 };
  let round = funding;
  let quote = signal.quote;
  let read = 0;
  let counted = 0;
  let listed = opensInvestorList(signal.quote);
  let led = hasLead(signal.quote);
  for (const [index, sentence] of following.slice(0, lookAhead).entries()) {
    const name = listed ? investorLine(sentence) : undefined;
    if (name) {
      round = withInvestors(round, [name]);
    } else {
      if (counted === investorReach) break;
      // "With previous rounds raising $12M, the total is $62M" tells no other round: the reading goes on,
      // and the sentence, like one telling of the round again, does not count against the reach.
      const earlier = earlierOnly(sentence);
      const told = earlier ? undefined : toldAgain(sentence);
      if (told && !sameRound(round, told) && !fills(round, told)) {
        if (told.amount !== undefined || !sameKind(round.round, told.round)) break;
      }
      if (sentence.length >= shortLine && !told && !earlier) counted++;
      listed = opensInvestorList(sentence);
      const investors = told?.investors ?? fundingInvestors(sentence);
      if (!told && !listed && investors.length === 0) continue;
      const leads = led ? [] : fundingLeads(sentence);
      led ||= leads.length > 0;
      round = withInvestors(told ? joined(round, told) : round, investors, leads);
    }
    quote = joinQuote(quote, sentence);
    read = index + 1;
  }
  if (read === 0) return { signal, read };
  return { signal: { ...signal, quote, funding: round, ...fundingTold(round, quote) }, read };
}

/**
 * The round a later sentence tells again. A sentence naming a round without an amount or a word of
 * raising ("At Series A we had 40,000 developers.", "… in our Series A post.") uses it as a time or a
 * post, not as this round; a heading ("Our pitch deck for Series A") still names it.
 */
function toldAgain(sentence: string): FundingRound | undefined {
  const told = fundingOf(sentence);
  if (!told || told.amount !== undefined || fundingVerb.test(sentence)) return told;
  return /[.!?]$/.test(sentence) ? undefined : told;
}

/** A headline or a list line has no full stop of its own: one sets it off from the next sentence. */
function joinQuote(quote: string, sentence: string): string {
  return /[.!?:;…]$/.test(quote) ? `${quote} ${sentence}` : `${quote}. ${sentence}`;
}

/** The round with what a later sentence tells of it: its amount, or its name when the headline left it out. */
function joined(round: FundingRound, told: FundingRound): FundingRound {
  if (sameRound(round, told)) return mergeRounds([round, told])[0] ?? round;
  if (fills(round, told))
    return { ...round, amount: told.amount, currency: told.currency, round: round.round ?? told.round };
  return { ...round, round: moreSpecific(round.round, told.round) };
}

/**
 * "Announcing our Series A" above "Today we're announcing a $31M investment from Harbor Peak": a headline
 * naming the round without its amount, and the lead telling the amount without another round's name.
 */
function fills(round: FundingRound, told: FundingRound): boolean {
  return round.amount === undefined && told.amount !== undefined && sameKind(round.round, told.round);
}

/** "Finanzierungsrunde" (or no name) may be any round; two named rounds must be the same. */
function sameKind(a: string | undefined, b: string | undefined): boolean {
  return !namedRound(a) || !namedRound(b) || a === b;
}

function fundingSignal(quote: string, sourceUrl: string, date?: string): SiteSignal | undefined {
  // A round named in passing ("led Kestrel's Series A in 2010") or someone else's round is not news of this company.
  if (!fundingVerb.test(quote) || othersRound.test(quote) || generalStatement.test(quote) || noRound.test(quote))
    return undefined;
  // A sentence telling only of an earlier round ("The company, which raised €5M in 2021, …") is dated by it.
  const funding = fundingOf(quote, date) ?? pastFunding(quote, date);
  if (!funding || notARound(quote, funding) || investsOwnMoney(quote, sourceUrl)) return undefined;
  return {
    type: "funding",
    quote,
    date: funding.date,
    sourceUrl,
    funding,
    ...fundingTold(funding, quote),
  };
}

/** A contract or a purchase is not a round; nor is a valuation or revenue, unless the sentence also tells of money raised. */
function notARound(quote: string, funding: FundingRound): boolean {
  if (notMoneyRaised.test(withoutPurchasePurpose(quote))) return !funding.round;
  return funding.amount === undefined && moneyTalk.test(quote) && !/rais|secur|sichert|sammelt|erhält/i.test(quote);
}

/** A hiring signal from the jobs found on the page, when there are any. */
export function hiringFromJobs(jobs: readonly SiteJob[], sourceUrl: string): SiteSignal | undefined {
  if (!jobs.length) return undefined;
  const titles = jobs.slice(0, 5).map((job) => job.title);
  const functions = hiringFunctions(
    jobs.length,
    jobs.map((job) => job.title),
  );
  const wording: SignalWording = { kind: "hiring", openJobs: jobs.length, titles: titles.map(clipWording), functions };
  const summary = hiringInEnglish(wording) ?? `Hiring: ${jobs.length} open ${jobs.length === 1 ? "role" : "roles"}`;
  return { type: "hiring", summary, quote: titles.join("; "), sourceUrl, wording };
}
