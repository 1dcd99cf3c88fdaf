import { inPast } from "./funding-past";
import { currencyCode, parseNumber } from "./price";
import { remembered } from "./signal-memo";
import { clean } from "./text";

/** Amounts of money in a sentence, each with what it measures: the round, a valuation, revenue, a total, an earlier round. */

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

export interface Amount {
  amount: number;
  currency?: string;
  text: string;
}

export interface FoundAmount extends Amount {
  index: number;
  end: number;
  /**
   * What the amount is when it is not plainly the round's: a valuation, revenue, the total raised so
   * far, an earlier round, or a sum ("insgesamt", "a total of") that may be the round's or all so far.
   */
  context?: "valuation" | "revenue" | "total" | "sum" | "past" | "target";
}

/** The amounts of a sentence in the order told; a sentence is read several times, so its reading is kept. */
export const amountsIn = remembered(findAmounts);

/** True for an amount that adds up more than the round: the total so far, or a sum that may be it. */
export function totalled(found: FoundAmount): boolean {
  return found.context === "total" || found.context === "sum";
}

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
const valuationBefore = /(?:valuation|valued at|bewertung|bewertet|unternehmenswert|firmenwert|marktwert)[^$€£\d,;]*$/i;
// "hat das ursprüngliche Ziel von 1 Milliarde Dollar verdoppelt", "above its $5M target": the sum aimed at.
const targetBefore = /(?<![\p{L}])(?:ziel|zielmarke|target|goal)(?![\p{L}])[^$€£\d,;]{0,12}$/iu;
const valuationAfter = /^\s*(?:post-money |pre-money )?(?:valuation|bewertung|bewertet)/i;
const revenueBefore = /(?:revenue|umsatz|ARR)\b[^$€£\d,;]*$/i;
const revenueAfter = /^\s*(?:in |of )?(?:annual |annualised |annualized )?(?:recurring )?(?:revenue|ARR|umsatz|sales)/i;
// Words that make an amount the total raised so far: "bringing total funding to $40M", "has now raised
// €25M", "has since raised $27M", "total raised to date", "damit hat Kestrel nun insgesamt 30 Mio. Euro
// eingesammelt". Earlier rounds count as the total: "With previous rounds raising $12M", "nach früheren Runden von 3 Mio. Euro",
// "in mehreren Finanzierungsrunden über 13,5 Millionen US-Dollar".
const totalBefore =
  /(?:total (?:funding|financing|capital|investment|money|amount|raised|fund\p{L}*)|(?:now|already|so far|previously|subsequently|since) raised|to date|so far|bisher|bislang|mittlerweile|inzwischen|(?:nun|jetzt|damit) (?:\p{L}+ ){0,3}?insgesamt|bringing|brings|bringt|(?:previous|prior|earlier) (?:\p{L}+ )?(?:rounds?|funding|financing|raises?|investments?)|(?:früher|vorherig)\p{L}* (?:\p{L}+ )?(?:runden?|finanzierung\p{L}*)|(?:mehrere|several|multiple|various|verschiedene)\p{L}* (?:\p{L}+ )?(?:finanzierungs)?(?:runden|rounds))[^$€£\d,;]*$/iu;
// "insgesamt 3 Mio. Euro", "a total of $30M", "Gesamtvolumen": a sum, the round's when nothing says it is all so far.
const sumBefore = /(?:total|insgesamt|gesamt\p{L}*|overall)[^$€£\d,;]*$/iu;
// "Since its founding in 2015, Kestrel has raised $80M": all raised so far, told by the clause before.
const sinceFounding =
  /(?<![\p{L}])since (?:founding|inception|(?:its|our|their) (?:founding|inception|start))(?![\p{L}])[^$€£;]{0,60}$/iu;
const totalAfter =
  /^\s*(?:to date|so far|bisher|bislang|since (?:(?:its|our|their) )?(?:founding|inception|incorporation|launch)|seit (?:der |seiner |ihrer |unserer )?gründung|(?:across|in|over) (?:several|multiple|various|mehreren|verschiedenen) (?:\p{L}+ )?(?:rounds|runden|finanzierungsrunden))/iu;
const sumAfter = /^\s*(?:in total|insgesamt|total|overall)/i;
// "its $15 million round back in 2014", "a $3M seed two years ago": an earlier round.
export const pastAfter =
  /^[^,;.]{0,30}?(?<![\p{L}])(?:last year|a year ago|years ago|(?:months|years?) (?:earlier|before|prior)|back in|earlier this year|im vorjahr|letztes jahr|vor (?:einem|zwei|drei|\d+) jahren)(?![\p{L}])/iu;

// "Im Februar hatte Kestrel noch 2 Mio. Euro eingesammelt": German tells an earlier round in the pluperfect.
const pluperfect =
  /(?<![\p{L}])hatten?(?![\p{L}])(?:[^,;:]|,(?=\d))*?(?<![\p{L}])(?:eingesammelt|erhalten|abgeschlossen|bekannt ?gegeben|gesichert|eingeworben|aufgenommen)(?![\p{L}])/giu;

/** True when a position of the sentence lies in a clause in the German pluperfect. */
export function pluperfectAt(sentence: string, at: number): boolean {
  if (!/hatte/i.test(sentence)) return false;
  for (const match of sentence.matchAll(pluperfect)) {
    if (at >= match.index && at < match.index + match[0].length) return true;
  }
  return false;
}

function contextOf(sentence: string, start: number, end: number): FoundAmount["context"] {
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 30);
  if (valuationBefore.test(before) || valuationAfter.test(after)) return "valuation";
  if (revenueBefore.test(before) || revenueAfter.test(after)) return "revenue";
  if (targetBefore.test(before)) return "target";
  if (totalBefore.test(before) || totalAfter.test(after) || sinceFounding.test(sentence.slice(0, start)))
    return "total";
  if (sumBefore.test(before) || sumAfter.test(after)) return "sum";
  if (inPast(sentence, start) || pastAfter.test(after) || pluperfectAt(sentence, start)) return "past";
  return undefined;
}
