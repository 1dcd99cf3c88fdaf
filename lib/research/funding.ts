import type { FundingRound } from "../model/company";
import { currencyCode, parseNumber } from "./price";
import { clean, unique } from "./text";

/** Funding details in a sentence: round, amount with currency, lead and other investors. */

const scale: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  tausend: 1e3,
  tsd: 1e3,
  m: 1e6,
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
const scaleWords = "millionen|millions|million|milliarden|milliarde|billion|thousand|tausend|mio|mrd|tsd|mn|bn|m|b|k";
const symbolFirst = new RegExp(
  `(?:US)?([$€£]|CHF|EUR|USD|GBP)\\s?(\\d+(?:[.,]\\d+)?)\\s?(${scaleWords})?\\.?(?![\\w])`,
  "i",
);
const amountFirst = new RegExp(
  `(\\d+(?:[.,]\\d+)?)\\s?(${scaleWords})\\.?\\s?(euro|eur|€|dollars?|usd|us-dollar|\\$|chf|franken|pfund|gbp|£)`,
  "i",
);
const currencyWords: Record<string, string> = {
  euro: "EUR",
  dollar: "USD",
  dollars: "USD",
  "us-dollar": "USD",
  franken: "CHF",
  pfund: "GBP",
};

export function fundingAmount(sentence: string): { amount: number; currency?: string; text: string } | undefined {
  const first = symbolFirst.exec(sentence);
  if (first?.[1] && first[2]) {
    const amount = (parseNumber(first[2]) ?? 0) * (scale[(first[3] ?? "").toLowerCase()] ?? 1);
    if (amount >= 10_000) return { amount, currency: currencyCode(first[1]), text: clean(first[0]) };
  }
  const second = amountFirst.exec(sentence);
  if (second?.[1] && second[2] && second[3]) {
    const amount = (parseNumber(second[1]) ?? 0) * (scale[second[2].toLowerCase()] ?? 1);
    const unit = second[3].toLowerCase();
    return { amount, currency: currencyWords[unit] ?? currencyCode(unit), text: clean(second[0]) };
  }
  return undefined;
}

const roundPattern =
  /\b(pre-?seed|seed|series[\s-]+[a-h]|serie[\s-]+[a-h]|bridge|growth|pre-ipo|ipo)(?:[- ]?(?:round|runde|finanzierung|finanzierungsrunde|funding))?\b|\b(finanzierungsrunde|seed-runde|seed-finanzierung)\b/i;

export function fundingRound(sentence: string): string | undefined {
  const match = roundPattern.exec(sentence);
  if (!match) return undefined;
  const word = (match[1] ?? match[2] ?? "").toLowerCase();
  if (word.startsWith("serie")) return `Series ${word.slice(-1).toUpperCase()}`;
  if (word.startsWith("pre")) return word.includes("ipo") ? "Pre-IPO" : "Pre-Seed";
  if (word.startsWith("seed")) return "Seed";
  if (word === "finanzierungsrunde") return "Finanzierungsrunde";
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const investorIntro =
  /\b(?:led by|co-led by|joined by(?: (?:existing|new|returning) investors?)?|angeführt von|angeführt durch|angeführt wird (?:die|diese) (?:runde|finanzierungsrunde|finanzierung) von|unter (?:der )?(?:führung|leitung) von|participation (?:from|of|by)|beteiligung von|(?:beteiligt|mit dabei) (?:sind|waren|haben sich)(?: außerdem| zudem| auch| ebenfalls| erneut)?|backed by|investors?(?: include| including| are| wie)?|investoren(?: wie| sind)?|geldgeber(?: wie)?)\s+/gi;
const investorEnd =
  /\s*,?\s*(?:along with|as well as|alongside|with participation|who\b|to\b|for\b|in\b|sowie|zusammen mit|und bestehende|and existing|beteiligt|bringing|brings|at a valuation).*$/i;

export function fundingInvestors(sentence: string): string[] {
  const names: string[] = [];
  const starts = [...sentence.matchAll(investorIntro)];
  for (const [index, match] of starts.entries()) {
    // Each list runs to the next introducing phrase or the end of the clause.
    const from = match.index + match[0].length;
    const to = starts[index + 1]?.index ?? sentence.length;
    // "led by A and B at Firm": the people named belong to the firm after "at".
    const list = sentence
      .slice(from, to)
      .split(/[.;!?]/)[0]
      ?.replace(investorEnd, "")
      .replace(/^[^,]*?\s+at\s+/, "");
    names.push(...firms(list ?? ""));
  }
  return unique(names);
}

function firms(list: string): string[] {
  return (
    list
      .split(/\s*,\s*(?:and\s+|und\s+)?|\s+(?:and|und|&)\s+/)
      // "new entrant Scale Partners", "existing investor Kite": the words before the name describe it.
      .map((part) =>
        clean(part.split(/\s+(?:at|from|von|of)\s+/).pop()).replace(/^(?:[a-z][\w-]*\s+)+(?=[A-Z0-9])/, ""),
      )
      .filter(
        (firm) =>
          /^[A-Z0-9][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,4}$/.test(firm) &&
          !/^(The|Our|Der|Die|Das|Unsere?)$/.test(firm),
      )
  );
}

/** Rounds read from several sentences of one announcement: same amount (or same round) is one round. */
export function mergeRounds(rounds: readonly FundingRound[]): FundingRound[] {
  const merged: FundingRound[] = [];
  for (const round of rounds) {
    const same = merged.find(
      (known) =>
        (round.amount !== undefined && known.amount === round.amount) ||
        (round.amount === undefined && known.round !== undefined && known.round === round.round),
    );
    if (!same) {
      merged.push({ ...round });
      continue;
    }
    same.round = specific(same.round, round.round);
    same.amount ??= round.amount;
    same.currency ??= round.currency;
    same.date ??= round.date;
    const investors = unique([...(same.investors ?? []), ...(round.investors ?? [])]);
    same.investors = investors.length ? investors : undefined;
  }
  return merged;
}

/** "Series A" says more than "Finanzierungsrunde". */
function specific(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || a === "Finanzierungsrunde") return b ?? a;
  return a;
}

/** All funding details of a sentence, or undefined when it names neither an amount nor a round. */
export function fundingOf(sentence: string, date?: string): FundingRound | undefined {
  const amount = fundingAmount(sentence);
  const round = fundingRound(sentence);
  if (!amount && !round) return undefined;
  const investors = fundingInvestors(sentence);
  return {
    round,
    amount: amount?.amount,
    currency: amount?.currency,
    date,
    investors: investors.length ? investors : undefined,
  };
}
