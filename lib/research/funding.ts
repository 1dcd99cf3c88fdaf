import type { FundingRound } from "../model/company";
import { type Amount, amountsIn, pastAfter, pluperfectAt, totalled } from "./funding-amounts";
import { withoutShortForms } from "./funding-asides";
import { fundingInvestors } from "./funding-investors";
import { inPast } from "./funding-past";
import { unique } from "./text";

export { fundingInvestors } from "./funding-investors";

/** Funding details in a sentence: round, amount with currency, lead and other investors. */

/**
 * The round's amount in a sentence. A valuation, revenue or the total raised so far ("bringing total
 * funding to $51M", "has now raised €25M") is never it; a sum ("insgesamt 3 Mio. Euro") only when the
 * sentence names no other amount.
 */
export function fundingAmount(sentence: string): Amount | undefined {
  const found = amountsIn(sentence);
  const amount = found.find((each) => !each.context) ?? found.find((each) => each.context === "sum");
  return amount && { amount: amount.amount, currency: amount.currency, text: amount.text };
}

// "growth" and "bridge" name a round only with a word of financing after them ("to fuel growth" does not).
const roundPattern =
  /\b(pre-?seed|seed|pre-series[\s-]+[a-h]|series[\s-]+[a-h]|serie[\s-]+[a-h]|pre-ipo|ipo)(?:[- ]?(?:round|runde|finanzierung|finanzierungsrunde|funding))?\b|\b(growth|bridge)[- ](?:equity|round|funding|financing|investment|runde|finanzierung)\b|\b(finanzierungsrunde|investitionsrunde|investmentrunde|seed-runde|seed-finanzierung|wachstumsfinanzierung|wachstumsrunde)\b/i;

/** "raises $50M in C round", "closes B-Round", "an A round": a capital letter names the series; "In A Round" in a headline does not. */
const letterRound = /(?<=[\p{L}\d$€£%)] )([B-H]|(?<=\ban )A)[- ](?:[Rr]ound|[Rr]unde)\b/u;

/** The round a sentence tells of; one told in passing ("after its Series A last year") is not it. */
export function fundingRound(sentence: string): string | undefined {
  const matches = [...sentence.matchAll(roundsPattern)].filter((each) => !pastAt(sentence, each.index, each[0].length));
  const match = matches.find((each) => namedAs(sentence, each)) ?? matches[0];
  if (!match) {
    const letter = letterRound.exec(sentence);
    return letter?.[1] && !pastAt(sentence, letter.index, letter[0].length) ? `Series ${letter[1]}` : undefined;
  }
  return roundName(match);
}

// "Diese Finanzierungsrunde … ist eine der größten Seed-Runden": the round said to be one of a kind is of that kind.
const isOne = /(?<![\p{L}])(?:ist|war|is|was) (?:eine?|an?|one) (?:(?:der|of the) )?(?:\p{L}+ )?$/iu;

function namedAs(sentence: string, match: RegExpExecArray): boolean {
  return match[3] === undefined && isOne.test(sentence.slice(Math.max(0, match.index - 40), match.index));
}

/** The earlier round a sentence tells of in passing, when it tells of no other. */
export function pastRound(sentence: string): string | undefined {
  const match = [...sentence.matchAll(roundsPattern)].find((each) => pastAt(sentence, each.index, each[0].length));
  return match && roundName(match);
}

const roundsPattern = new RegExp(roundPattern.source, "gi");

function pastAt(sentence: string, at: number, length: number): boolean {
  return (
    inPast(sentence, at) || pastAfter.test(sentence.slice(at + length, at + length + 50)) || pluperfectAt(sentence, at)
  );
}

function roundName(match: RegExpMatchArray): string {
  const word = (match[1] ?? match[2] ?? match[3] ?? "").toLowerCase();
  if (word.startsWith("pre-series")) return `Pre-Series ${word.slice(-1).toUpperCase()}`;
  if (word.startsWith("serie")) return `Series ${word.slice(-1).toUpperCase()}`;
  if (word.startsWith("pre")) return word.includes("ipo") ? "Pre-IPO" : "Pre-Seed";
  if (word.startsWith("seed")) return "Seed";
  if (word.startsWith("wachstums")) return "Growth";
  if (/^(?:finanzierungs|investitions|investment)runde$/.test(word)) return "Finanzierungsrunde";
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
  return found.some(totalled) && !found.some((each) => !each.context);
}

/** True when the sentence's amounts are all the total so far or earlier rounds ("has now raised $50M, after its $15M round"). */
export function earlierOnly(sentence: string): boolean {
  const found = amountsIn(sentence);
  return found.length > 0 && found.every((each) => totalled(each) || each.context === "past");
}

/** "Series A" says more than "Finanzierungsrunde". */
export function moreSpecific(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || a === "Finanzierungsrunde") return b ?? a;
  return a;
}

/** Money raised without a figure: "einen siebenstelligen Betrag eingesammelt", "raises undisclosed amount". */
const unnamedAmount =
  /(?:undisclosed (?:amount|sum)|(?:sechs|sieben|acht|neun)stellige[nmr]? (?:euro-?)?(?:betrag|summe|höhe|bereich)|millionen-?(?:betrag|finanzierung|investment|investition|runde|spritze))/i;
const raised = /rais|secur|sammel|erhält|erhalten|sichert|schlie(?:ß|ss)t|abgeschlossen|clos|investier|beteilig/i;

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
