import type { Metric, PriceAnchor } from "../model/offer";
import type { Language } from "./salutation";

/** Collapses whitespace and upper-cases the first letter (facts and phrases start sentences). */
export function capitalize(text: string): string {
  const clean = text.trim().replace(/\s+/g, " ");
  return clean.charAt(0).toLocaleUpperCase() + clean.slice(1);
}

/** A user-written fact or signal as one sentence: capitalised and ending in punctuation. */
export function asSentence(text: string): string {
  const clean = capitalize(text);
  return /[.!?…"'“”»«)]$/.test(clean) ? clean : `${clean}.`;
}

/** Drops a trailing full stop so a phrase can sit inside a sentence. */
export function asClause(text: string): string {
  return text.trim().replace(/\s+/g, " ").replace(/[.]+$/, "");
}

function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === "de" ? "de-DE" : "en-US", { maximumFractionDigits: 1 }).format(value);
}

/** "40% less planning time" / "40 % weniger Planungszeit": German sets a space before every unit. */
export function formatMetric(metric: Metric, language: Language): string {
  const number = formatNumber(metric.value, language);
  const unit = metric.unit.trim();
  const joined = !unit ? number : language === "en" && unit === "%" ? `${number}%` : `${number} ${unit}`;
  return `${joined} ${asClause(metric.label)}`;
}

export function formatMoney(price: PriceAnchor, language: Language): string {
  return new Intl.NumberFormat(language === "de" ? "de-DE" : "en-US", {
    style: "currency",
    currency: price.currency,
    maximumFractionDigits: Number.isInteger(price.amount) ? 0 : 2,
  }).format(price.amount);
}

/** "A, B and C" / "A, B und C". */
export function formatList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(language, { type: "conjunction" }).format(items);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
