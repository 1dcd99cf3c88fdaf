import type { FundingRound } from "../model/company";
import { fundingInvestors, inPast, remembered, withoutShortForms } from "./funding-investors";
import { currencyCode, parseNumber } from "./price";
import { clean, unique } from "./text";

export { fundingInvestors } from "./funding-investors";

/** Funding details in a sentence: round, amount with currency, lead and other investors. */

const scale: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  tausend: 1e3,
  tsd: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  millionen: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  mrd: 1e9,
  milliarde: 1e9,
  milliarden: 1e9,
};
const scaleWords =
  "millionen|millions|million|milliarden|milliarde|billion|thousand|tausend|mio|mrd|tsd|mm|mn|bn|m|b|k";
/** Small amounts written in words: "drei Millionen Euro", "two million dollars". */
const numberWords: Record<string, number> = {
  ein: 1,
  eine: 1,
  one: 1,
  zwei: 2,
  two: 2,
  drei: 3,
  three: 3,
  vier: 4,
  four: 4,
  fünf: 5,
  five: 5,
  sechs: 6,
  six: 6,
  sieben: 7,
  seven: 7,
  acht: 8,
  eight: 8,
  neun: 9,
  nine: 9,
  zehn: 10,
  ten: 10,
  zwölf: 12,
  twelve: 12,
  zwanzig: 20,
  twenty: 20,
};
const currencyWord = "euros?|eur|€|us-dollars?|dollars?|usd|\\$|chf|franken|pfund|gbp|£";
/** "$4.5M", "€12 Mio.", "USD 30 million", "CHF 5 Mio.", "$800,000". */
const symbolFirst = new RegExp(
  `(?:US)?([$€£]|CHF|EUR|USD|GBP)\\s?(\\d+(?:[.,]\\d+)*)\\s?(${scaleWords})?\\.?(?![\\w])`,
  "gi",
);
/** "12 Millionen Euro", "2,5 Mio. €", "drei Millionen Euro". */
const amountFirst = new RegExp(
  `(?<![\\p{L}\\d])(\\d+(?:[.,]\\d+)?|${Object.keys(numberWords).join("|")})\\s?(${scaleWords})\\.?\\s?(${currencyWord})(?![\\p{L}])`,
  "giu",
);
/** "800.000 Euro", "850 000 €". */
const plainAmount = new RegExp(`(?<![\\d.,])(\\d{1,3}(?:[.,\\s]\\d{3})+)\\s?(${currencyWord})(?![\\p{L}])`, "giu");
const currencyWords: Record<string, string> = {
  euro: "EUR",
  euros: "EUR",
  dollar: "USD",
  dollars: "USD",
  "us-dollar": "USD",
  "us-dollars": "USD",
  franken: "CHF",
  pfund: "GBP",
};

interface Amount {
  amount: number;
  currency?: string;
  text: string;
}

interface FoundAmount extends Amount {
  index: number;
  end: number;
  /** What the amount is when it is not the round's: a valuation, revenue, the total raised so far or an earlier round. */
  context?: "valuation" | "revenue" | "total" | "past";
}

/**
 * The round's amount in a sentence. A valuation or revenue is never it; the total raised so far
 * ("bringing total funding to $51M") only when the sentence names no other amount.
 */
export function fundingAmount(sentence: string): Amount | undefined {
  const found = amountsIn(sentence);
  const amount = found.find((each) => !each.context) ?? found.find((each) => each.context === "total");
  return amount && { amount: amount.amount, currency: amount.currency, text: amount.text };
}

const amountsIn = remembered(findAmounts);

function findAmounts(sentence: string): FoundAmount[] {
  const found: FoundAmount[] = [];
  const add = (match: RegExpMatchArray, amount: number, currency: string | undefined) => {
    const index = match.index ?? 0;
    const end = index + match[0].length;
    // "€12 Mio. Euro" is one amount, read by two patterns.
    const overlaps = found.some((known) => index < known.end && known.index < end);
    if (amount < 10_000 || overlaps) return;
    found.push({ amount, currency, text: clean(match[0]), index, end, context: contextOf(sentence, index, end) });
  };
  for (const match of sentence.matchAll(symbolFirst)) {
    add(match, (parseNumber(match[2] ?? "") ?? 0) * scaleOf(match[3]), currencyCode(match[1] ?? ""));
  }
  for (const match of sentence.matchAll(amountFirst)) {
    const number = match[1] ?? "";
    const value = numberWords[number.toLowerCase()] ?? parseNumber(number) ?? 0;
    add(match, value * scaleOf(match[2]), currencyOf(match[3]));
  }
  for (const match of sentence.matchAll(plainAmount)) {
    add(match, parseNumber(match[1] ?? "") ?? 0, currencyOf(match[2]));
  }
  return found.sort((a, b) => a.index - b.index);
}

function scaleOf(word: string | undefined): number {
  return scale[(word ?? "").toLowerCase()] ?? 1;
}

function currencyOf(word: string | undefined): string | undefined {
  const unit = (word ?? "").toLowerCase();
  return currencyWords[unit] ?? currencyCode(unit);
}

// The words just before or after an amount, in its clause, tell what it measures.
const valuationBefore = /(?:valuation|valued at|bewertung|bewertet)[^$€£\d,;]*$/i;
const valuationAfter = /^\s*(?:post-money |pre-money )?(?:valuation|bewertung)/i;
const revenueBefore = /(?:revenue|umsatz|ARR)\b[^$€£\d,;]*$/i;
const revenueAfter = /^\s*(?:in |of )?(?:annual |annualised |annualized )?(?:recurring )?(?:revenue|ARR|umsatz|sales)/i;
// Earlier rounds count as the total: "With previous rounds raising $12M", "nach früheren Runden von 3 Mio. Euro".
const totalBefore =
  /(?:total|now raised|insgesamt|gesamt\p{L}*|to date|bisher|bislang|bringing|brings|bringt|(?:previous|prior|earlier) (?:\p{L}+ )?(?:rounds?|funding|financing|raises?|investments?)|(?:früher|vorherig)\p{L}* (?:\p{L}+ )?(?:runden?|finanzierung\p{L}*))[^$€£\d,;]*$/iu;
// "Since its founding in 2015, Kestrel has raised $80M": all raised so far, told by the clause before.
const sinceFounding =
  /(?<![\p{L}])since (?:founding|inception|(?:its|our|their) (?:founding|inception|start))(?![\p{L}])[^$€£;]{0,60}$/iu;
const totalAfter = /^\s*(?:to date|in total|insgesamt|total|overall|so far|bisher)/i;
// "its $15 million round back in 2014", "a $3M seed two years ago": an earlier round.
const pastAfter =
  /^[^,;.]{0,30}?(?<![\p{L}])(?:last year|a year ago|years ago|(?:months|years?) (?:earlier|before|prior)|back in|earlier this year|im vorjahr|letztes jahr|vor (?:einem|zwei|drei|\d+) jahren)(?![\p{L}])/iu;

function contextOf(sentence: string, start: number, end: number): FoundAmount["context"] {
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 30);
  if (valuationBefore.test(before) || valuationAfter.test(after)) return "valuation";
  if (revenueBefore.test(before) || revenueAfter.test(after)) return "revenue";
  if (totalBefore.test(before) || totalAfter.test(after) || sinceFounding.test(sentence.slice(0, start)))
    return "total";
  if (inPast(sentence, start) || pastAfter.test(after)) return "past";
  return undefined;
}

// "growth" and "bridge" name a round only with a word of financing after them ("to fuel growth" does not).
const roundPattern =
  /\b(pre-?seed|seed|pre-series[\s-]+[a-h]|series[\s-]+[a-h]|serie[\s-]+[a-h]|pre-ipo|ipo)(?:[- ]?(?:round|runde|finanzierung|finanzierungsrunde|funding))?\b|\b(growth|bridge)[- ](?:equity|round|funding|financing|investment|runde|finanzierung)\b|\b(finanzierungsrunde|seed-runde|seed-finanzierung|wachstumsfinanzierung|wachstumsrunde)\b/i;

/** "raises $50M in C round", "closes B-Round", "an A round": a capital letter names the series; "In A Round" in a headline does not. */
const letterRound = /(?<=[\p{L}\d$€£%)] )([B-H]|(?<=\ban )A)[- ](?:[Rr]ound|[Rr]unde)\b/u;

/** The round a sentence tells of; one told in passing ("after its Series A last year") is not it. */
export function fundingRound(sentence: string): string | undefined {
  const match = [...sentence.matchAll(roundsPattern)].find((each) => !pastAt(sentence, each.index, each[0].length));
  if (!match) {
    const letter = letterRound.exec(sentence);
    return letter?.[1] && !pastAt(sentence, letter.index, letter[0].length) ? `Series ${letter[1]}` : undefined;
  }
  return roundName(match);
}

/** The earlier round a sentence tells of in passing, when it tells of no other. */
export function pastRound(sentence: string): string | undefined {
  const match = [...sentence.matchAll(roundsPattern)].find((each) => pastAt(sentence, each.index, each[0].length));
  return match && roundName(match);
}

const roundsPattern = new RegExp(roundPattern.source, "gi");

function pastAt(sentence: string, at: number, length: number): boolean {
  return inPast(sentence, at) || pastAfter.test(sentence.slice(at + length, at + length + 50));
}

function roundName(match: RegExpMatchArray): string {
  const word = (match[1] ?? match[2] ?? match[3] ?? "").toLowerCase();
  if (word.startsWith("pre-series")) return `Pre-Series ${word.slice(-1).toUpperCase()}`;
  if (word.startsWith("serie")) return `Series ${word.slice(-1).toUpperCase()}`;
  if (word.startsWith("pre")) return word.includes("ipo") ? "Pre-IPO" : "Pre-Seed";
  if (word.startsWith("seed")) return "Seed";
  if (word.startsWith("wachstums")) return "Growth";
  if (word === "finanzierungsrunde") return "Finanzierungsrunde";
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Rounds read from several sentences of one announcement: the same amount, or the same round, is one round. */
export function mergeRounds(rounds: readonly FundingRound[]): FundingRound[] {
  const merged: FundingRound[] = [];
  for (const round of rounds) {
    const same = merged.find((known) => sameRound(known, round));
    if (!same) {
      merged.push({ ...round });
      continue;
    }
    same.round = moreSpecific(same.round, round.round);
    same.amount ??= round.amount;
    same.currency ??= round.currency;
    same.date ??= round.date;
    const investors = withoutShortForms(unique([...(same.investors ?? []), ...(round.investors ?? [])]));
    same.investors = investors.length ? investors : undefined;
  }
  return merged;
}

/**
 * "Series A" in the headline and "$10M Series A" below are one round; so are two mentions of $10M, and
 * "$87M Series B" in the headline with "more than $80M in a Series B" below.
 */
export function sameRound(a: FundingRound, b: FundingRound): boolean {
  if (namedRound(a.round) && a.round === b.round) return true;
  if (a.amount !== undefined && b.amount !== undefined) return a.amount === b.amount;
  // Without amounts, the same round name, or none ("einen Millionenbetrag" in the headline and the text).
  return a.round === b.round && (a.round !== undefined || (a.amount === undefined && b.amount === undefined));
}

/** "Series A" names a round; "Finanzierungsrunde" could be any. */
export function namedRound(round: string | undefined): boolean {
  return round !== undefined && round !== "Finanzierungsrunde";
}

/** True when the sentence's only amount is the total raised so far ("This brings our total funding to $111M"). */
export function onlyTotal(sentence: string): boolean {
  const found = amountsIn(sentence);
  return found.some((each) => each.context === "total") && !found.some((each) => !each.context);
}

/** True when the sentence's amounts are all the total so far or earlier rounds ("has now raised $50M, after its $15M round"). */
export function earlierOnly(sentence: string): boolean {
  const found = amountsIn(sentence);
  return found.length > 0 && found.every((each) => each.context === "total" || each.context === "past");
}

/** "Series A" says more than "Finanzierungsrunde". */
export function moreSpecific(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || a === "Finanzierungsrunde") return b ?? a;
  return a;
}

/** Money raised without a figure: "einen siebenstelligen Betrag eingesammelt", "raises undisclosed amount". */
const unnamedAmount =
  /(?:undisclosed (?:amount|sum)|(?:sechs|sieben|acht|neun)stellige[nmr]? (?:betrag|summe|höhe)|millionenbetrag|millionenfinanzierung)/i;
const raised = /rais|secur|sammel|erhält|erhalten|sichert|schlie(?:ß|ss)t|abgeschlossen|clos/i;

/** All funding details of a sentence, or undefined when it names no amount, no round and no money raised. */
export function fundingOf(sentence: string, date?: string): FundingRound | undefined {
  const amount = fundingAmount(sentence);
  const round = fundingRound(sentence);
  if (!amount && !round && !(unnamedAmount.test(sentence) && raised.test(sentence))) return undefined;
  const investors = fundingInvestors(sentence);
  return {
    round,
    amount: amount?.amount,
    currency: amount?.currency,
    date,
    investors: investors.length ? investors : undefined,
  };
}

/** The first amount of an earlier round the sentence tells of in passing ("after its $15M round"). */
export function pastAmount(sentence: string): Amount | undefined {
  const found = amountsIn(sentence).find((each) => each.context === "past");
  return found && { amount: found.amount, currency: found.currency, text: found.text };
}
