import { compactMoney } from "../i18n/compact-money";
import type { FundingRound } from "../model/company";
import { clipWording, type SignalWording } from "../model/signal";
import { mergeRounds, onlyTotal, sameRound } from "./funding";
import { withoutShortForms } from "./funding-investors";
import type { SiteSignal } from "./types";

/** A page's rounds put together: one per round, with its investors and words, whichever sentences told it. */

/** Investors told further down ("A stepped up to lead the round") join the page's one round. */
export function withLaterInvestors(signals: SiteSignal[], investors: readonly string[]): SiteSignal[] {
  const rounds = signals.filter((signal) => signal.funding);
  const [only] = rounds;
  if (rounds.length !== 1 || !only?.funding || investors.length === 0) return signals;
  const funding = withInvestors(only.funding, investors);
  const summary = fundingSummary(funding, only.quote);
  return signals.map((signal) =>
    signal === only ? { ...signal, funding, summary, wording: fundingWording(funding) } : signal,
  );
}

/** "This brings our total funding to $111M" tells no round of its own when the page names one with its amount. */
export function withoutTotals(signals: SiteSignal[]): SiteSignal[] {
  const isTotal = (signal: SiteSignal) => !signal.funding?.round && onlyTotal(signal.quote);
  const rounds = signals.filter((signal) => signal.funding?.amount !== undefined && !isTotal(signal));
  return rounds.length ? signals.filter((signal) => !signal.funding || !isTotal(signal)) : signals;
}

/** The round with investors named elsewhere added; a short form goes when its full name is known. */
export function withInvestors(round: FundingRound, investors: readonly string[]): FundingRound {
  const known = (round.investors ?? []).map((name) => name.toLowerCase());
  const added = investors.filter((name) => !known.includes(name.toLowerCase()));
  return added.length ? { ...round, investors: withoutShortForms([...(round.investors ?? []), ...added]) } : round;
}

export function fundingWording(funding: FundingRound): SignalWording {
  return {
    kind: "funding",
    round: funding.round && clipWording(funding.round),
    amount: funding.amount,
    currency: funding.currency,
    date: funding.date && /^\d{4}-\d{2}(?:-\d{2})?/.exec(funding.date)?.[0],
    investors: funding.investors?.slice(0, 10).map(clipWording),
  };
}

export function fundingSummary(funding: FundingRound, quote: string): string {
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
    const quote = signal.quote.length > known.quote.length ? signal.quote : known.quote;
    kept[index] = {
      ...known,
      quote,
      funding,
      summary: fundingSummary(funding, quote),
      wording: fundingWording(funding),
    };
  }
  return kept;
}

/** A quote short enough for a summary. */
export function shorten(text: string): string {
  return text.length <= 160 ? text : `${text.slice(0, 157)}…`;
}
