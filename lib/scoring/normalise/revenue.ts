import { parseLocaleNumber } from "./number";
import { fold, memoise } from "./text";

export type Currency = "EUR" | "USD" | "GBP" | "CHF";
export type Money = { amount: number; currency?: Currency };

/** Currency markers, checked on folded text; symbols survive folding. */
const CURRENCIES: readonly [RegExp, Currency][] = [
  [/€|\beur\b|\beuros?\b/, "EUR"],
  [/\$|\busd\b|\bus-dollar\b|\bdollars?\b/, "USD"],
  [/£|\bgbp\b|\bpounds?\b/, "GBP"],
  [/\bchf\b|\bsfr\b|\bfranken\b/, "CHF"],
];

/** Scale words and suffixes; order matters ("mrd" before "m"). */
const SCALES: readonly [RegExp, number][] = [
  [/\d\s*(mrd\.?|milliarden?|billions?|bn|b)\b/, 1e9],
  [/\d\s*(mio\.?|millionen|millions?|mn|mm|m)\b/, 1e6],
  [/\d\s*(tsd\.?|tausend|thousand|k)\b/, 1e3],
];

/**
 * "$10M", "10 Mio. €", "1,5 Mrd.", "€2.5 million", "1.234,56", "CHF 12 Mio." → amount and
 * currency (when stated). Ranges ("$10M-$50M") yield their lower bound.
 */
export const parseMoney = memoise((text: string): Money | undefined => {
  const folded = fold(text);
  const amount = parseLocaleNumber(folded);
  if (amount === undefined) return undefined;
  const scale = SCALES.find(([pattern]) => pattern.test(folded))?.[1] ?? 1;
  const currency = CURRENCIES.find(([pattern]) => pattern.test(folded))?.[1];
  return currency ? { amount: amount * scale, currency } : { amount: amount * scale };
});

/**
 * Rough rates into euros, good enough to band revenue (a €10M vs $12M boundary is fuzzy
 * anyway); exact conversion would need a rate feed, and nothing may leave the browser.
 */
const EUR_PER_UNIT: Record<Currency, number> = { EUR: 1, USD: 0.92, GBP: 1.17, CHF: 1.05 };

/** Converts between currencies; an unstated currency is taken to be the target one. */
export function convertMoney(money: Money, to: Currency): number {
  const from = money.currency ?? to;
  return (money.amount * EUR_PER_UNIT[from]) / EUR_PER_UNIT[to];
}
