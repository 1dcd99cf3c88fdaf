import type { Signal, SignalWording } from "../model";

type FundingWording = Extract<SignalWording, { kind: "funding" }>;
type FundingSignal = Signal & { wording: FundingWording };

const dayMs = 86_400_000;
// Two sources of one round (LinkedIn's funding card, the company's press release) date it within days.
const sameRoundDays = 14;
// A source may convert the amount into its own currency ("US$ 12.0M" for a €12M round).
const sameAmountRatio = 1.6;

/**
 * The signals with each funding round told once: where two sources tell the same round, the
 * one with more detail (investors, amount, round, quote) stays. Others keep their order.
 */
export function withoutRepeatedRounds(signals: readonly Signal[]): Signal[] {
  const funding = signals.filter(isFunding);
  const repeated = new Set<Signal>();
  for (const [index, one] of funding.entries()) {
    for (const other of funding.slice(index + 1)) {
      if (repeated.has(one)) break;
      if (repeated.has(other) || !sameRound(one, other)) continue;
      repeated.add(detail(one) >= detail(other) ? other : one);
    }
  }
  return repeated.size ? signals.filter((signal) => !repeated.has(signal)) : [...signals];
}

function isFunding(signal: Signal): signal is FundingSignal {
  return signal.type === "funding" && signal.wording?.kind === "funding";
}

function sameRound(one: FundingSignal, other: FundingSignal): boolean {
  if (Math.abs(one.date - other.date) > sameRoundDays * dayMs) return false;
  const rounds = [roundKey(one.wording.round), roundKey(other.wording.round)];
  const amounts = [one.wording.amount, other.wording.amount];
  const roundsMatch = rounds[0] !== undefined && rounds[1] !== undefined ? rounds[0] === rounds[1] : undefined;
  const amountsMatch = amounts[0] && amounts[1] ? closeAmounts(amounts[0], amounts[1]) : undefined;
  // Told apart by either is two rounds; one of them must say it is the same.
  return roundsMatch !== false && amountsMatch !== false && (roundsMatch === true || amountsMatch === true);
}

function closeAmounts(one: number, other: number): boolean {
  return Math.max(one, other) / Math.min(one, other) <= sameAmountRatio;
}

// Words that name a round without telling which one.
const anyRound = /^(?:funding|financing|investment|finanzierung|finanzierungsrunde|investition|round|runde)$/;

/** "Series A", "Series-A-Finanzierungsrunde" and "series a round" are one round; "Finanzierungsrunde" is any. */
function roundKey(round: string | undefined): string | undefined {
  const text = round?.toLowerCase().trim();
  if (!text) return undefined;
  const series = /\bseries[\s-]*([a-h])\b/.exec(text);
  if (series) return `series ${series[1]}`;
  if (/\bpre[\s-]*seed/.test(text)) return "pre-seed";
  if (/\bseed/.test(text)) return "seed";
  const words = text.replace(/[\s-]*(?:round|runde|finanzierungsrunde|financing)$/, "").trim();
  return !words || anyRound.test(words) ? undefined : words;
}

function detail(signal: FundingSignal): number {
  const { investors, amount, round } = signal.wording;
  return (
    (investors?.length ?? 0) * 2 +
    (amount !== undefined ? 1 : 0) +
    (roundKey(round) !== undefined ? 1 : 0) +
    (signal.quote ? 1 : 0)
  );
}
