import { withoutZeroWidth } from "./text";

/** Money amounts as written on pricing pages and in press releases, in English and German styles. */

const currencySymbols: Record<string, string> = {
  $: "USD",
  "€": "EUR",
  "£": "GBP",
  eur: "EUR",
  usd: "USD",
  chf: "CHF",
  gbp: "GBP",
  fr: "CHF",
  euro: "EUR",
};

export function currencyCode(symbol: string): string | undefined {
  return currencySymbols[symbol.toLowerCase()] ?? (symbol.length === 3 ? symbol.toUpperCase() : undefined);
}

/** "1.234,56" → 1234.56, "1,200" → 1200, "49,90" → 49.9, "12.5" → 12.5, "1.200" (German) → 1200. */
export function parseNumber(text: string): number | undefined {
  const value = text.replace(/['\s]/g, "");
  const lastComma = value.lastIndexOf(",");
  const lastDot = value.lastIndexOf(".");
  let normalised = value;
  if (lastComma >= 0 && lastDot >= 0) {
    // Both separators: the last one is the decimal mark.
    const [thousands, decimal] = lastComma > lastDot ? [".", ","] : [",", "."];
    normalised = value.split(thousands).join("").replace(decimal, ".");
  } else if (/^\d{1,3}(?:[.,]\d{3})+$/.test(value)) {
    // Groups of three after one separator kind are thousands.
    normalised = value.replace(/[.,]/g, "");
  } else {
    normalised = value.replace(",", ".");
  }
  const number = Number(normalised);
  return Number.isFinite(number) ? number : undefined;
}

/**
 * A short text that is a price: "$29", "€ 49 / Monat", "49,90 €", "CHF 120", "ab 19 €", "€49 per user / month",
 * "19,- €", "CHF 5.–", "€ 29 90" (cents set apart), "99 € zzgl. MwSt.", "$12 USD/mo, billed annually".
 */
const amount = String.raw`(\d[\d.,']*(?:\s\d{2}(?!\d))?(?:[.,][-–])?)`;
const currencyBefore = "([$€£]|CHF|EUR|USD|GBP)";
const currencyAfter = String.raw`([$€£]|CHF|EURO|EUR|USD|GBP|Fr\.)`;
// What may follow a price: a period, a unit, a tax or billing note, each opened by a known word.
const tail = String.raw`(?:\s*,?\s*(?:[/+]|(?:per|pro|je|a|an|im|mtl|monatl\w*|monthly|yearly|annually|jährl\w*|netto|net|brutto|zzgl|inkl|incl|excl|exkl|plus|usd|eur|chf|gbp|billed|einmalig|one-time)(?!\p{L}))[\p{L} ./,+]{0,30})?`;
// The upper end of a range ("650 € – 2.500 €", "€10–20"): the plan starts at the lower one.
const rangeEnd = String.raw`(?:\s*(?:[–—-]|to|bis)\s*(?:[$€£]|CHF|EUR|USD|GBP)?\s?\d[\d.,']*(?:\s?(?:[$€£]|CHF|EURO|EUR|USD|GBP|Fr\.))?)?`;
// Footnote marks after a price ("$49.99 per year*") refer to the small print.
const pricePattern = new RegExp(
  String.raw`^(?:ab|from|starting at|only|nur)?\s*(?:${currencyBefore}\s?${amount}|${amount}\s?${currencyAfter})${rangeEnd}\s*\*?${tail}\s*[*†]*$`,
  "iu",
);

/**
 * False when no part of `text` can be a price for `parsePrice`, even once cleaned: a price has its
 * currency beside a digit. Texts with white space or zero-width characters between them pass too.
 */
export function mayHoldPrice(text: string): boolean {
  return priceMark.test(withoutZeroWidth(text));
}

// The currency tokens of `pricePattern` (with its flags) beside a digit, any white space between. The
// digits before a token are looked for behind it, once a token is found: looking ahead from every digit
// would read long runs of digits (data in scripts) again and again.
const priceMark =
  /(?:[$€£]|CHF|EUR|USD|GBP)\s*\d|(?:[$€£]|CHF|EUR|USD|GBP|Fr\.)(?<=\d[\d.,'\s]*(?:[.,][-–]\s*)?(?:[$€£]|CHF|EUR|USD|GBP|Fr\.))/iu;

export function parsePrice(text: string): { price: number; currency?: string } | undefined {
  if (text.length > 45) return undefined;
  const match = pricePattern.exec(text.trim());
  if (!match) return undefined;
  const symbol = match[1] ?? match[4] ?? "";
  const price = parseNumber(plainAmount(match[2] ?? match[3] ?? ""));
  return price === undefined ? undefined : { price, currency: currencyCode(symbol.replace(".", "")) };
}

/** "19,-" → "19", "29 90" (cents set apart) → "29,90": the forms `parseNumber` reads. */
function plainAmount(text: string): string {
  return text.replace(/[.,][-–]$/, "").replace(/\s(\d{2})$/, ",$1");
}
